package org.mizan.coder.dict;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Regular English verb inflections of an upper-case lemma: third person "-s", past "-ed" and "-ing", with
 * the usual spelling rules (e-drop, y to i, consonant doubling). Where doubling depends on stress the
 * coder cannot see ("COMMITTED" but "VISITED"), both spellings are produced; a form that is never written
 * costs one unused trie entry.
 */
public final class Inflector {

    private Inflector() {
    }

    public static String third(String v) {
        if (v.endsWith("S") || v.endsWith("X") || v.endsWith("Z") || v.endsWith("CH") || v.endsWith("SH")
                || v.endsWith("O")) {
            return v + "ES";
        }
        return consonantY(v) ? v.substring(0, v.length() - 1) + "IES" : v + "S";
    }

    public static Set<String> past(String v) {
        Set<String> out = new LinkedHashSet<>();
        if (v.endsWith("E")) {
            out.add(v + "D");
        } else if (consonantY(v)) {
            out.add(v.substring(0, v.length() - 1) + "IED");
        } else {
            out.add(v + "ED");
            if (cvc(v)) {
                out.add(v + v.charAt(v.length() - 1) + "ED");
            }
        }
        return out;
    }

    public static Set<String> gerund(String v) {
        Set<String> out = new LinkedHashSet<>();
        if (v.endsWith("IE")) {
            out.add(v.substring(0, v.length() - 2) + "YING");
        } else if (v.endsWith("E") && !v.endsWith("EE") && v.length() > 2) {
            out.add(v.substring(0, v.length() - 1) + "ING");
        } else {
            out.add(v + "ING");
            if (cvc(v)) {
                out.add(v + v.charAt(v.length() - 1) + "ING");
            }
        }
        return out;
    }

    private static boolean vowel(char c) {
        return "AEIOU".indexOf(c) >= 0;
    }

    private static boolean consonantY(String v) {
        return v.length() > 1 && v.endsWith("Y") && !vowel(v.charAt(v.length() - 2));
    }

    /** Ends consonant-vowel-consonant (not W, X or Y): a candidate for doubling ("BAN" -> "BANNED"). */
    private static boolean cvc(String v) {
        int n = v.length();
        if (n < 3) {
            return false;
        }
        char a = v.charAt(n - 3);
        char b = v.charAt(n - 2);
        char c = v.charAt(n - 1);
        return !vowel(a) && vowel(b) && !vowel(c) && "WXY".indexOf(c) < 0 && Character.isLetter(c);
    }
}
