package org.mizan.core.cameo;

/**
 * The four CAMEO quad classes. Roots 01-05 are verbal cooperation, 06-09 material cooperation, 10-14 verbal
 * conflict and 15-20 material conflict (GDELT and ICEWS codebooks).
 */
public enum QuadClass {
    VERBAL_COOPERATION(1), MATERIAL_COOPERATION(2), VERBAL_CONFLICT(3), MATERIAL_CONFLICT(4);

    private final int number;

    QuadClass(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public boolean cooperative() {
        return number <= 2;
    }

    /** The quad class of a root ("01".."20" or 1..20). */
    public static QuadClass ofRoot(int root) {
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root must be 01-20, was " + root);
        }
        return root <= 5 ? VERBAL_COOPERATION : root <= 9 ? MATERIAL_COOPERATION : root <= 14 ? VERBAL_CONFLICT
                : MATERIAL_CONFLICT;
    }

    public static QuadClass of(int number) {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quad class must be 1-4, was " + number);
        }
        return values()[number - 1];
    }
}
