package org.mizan.coder.stage;

/**
 * The CAMEO code for a stated intention to do an act, from the act's root, for dictionaries that give no
 * intent code of their own (PETRARCH's): meeting or negotiating (04) is 036, diplomatic cooperation (05)
 * 032, material cooperation (06) 031, aid (07) 033, yielding (08) 035; force (15, 18-20) is a threat of
 * force 138, repression (17) 137, a cut in relations or aid (16) a non-force threat 131. Other roots (saying,
 * appealing, demanding ...) have no intent form: null.
 */
final class IntentCodes {

    private IntentCodes() {
    }

    static String of(String code) {
        if (code == null || code.length() < 2) {
            return null;
        }
        return switch (code.substring(0, 2)) {
            case "04" -> "036";
            case "05" -> "032";
            case "06" -> "031";
            case "07" -> "033";
            case "08" -> "035";
            case "15", "18", "19", "20" -> "138";
            case "17" -> "137";
            case "16" -> "131";
            default -> null;
        };
    }
}
