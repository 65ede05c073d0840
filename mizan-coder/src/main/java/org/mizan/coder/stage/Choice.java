package org.mizan.coder.stage;

import java.util.List;
import org.mizan.coder.dict.PatternElement;
import org.mizan.coder.dict.PatternNeeds;
import org.mizan.coder.dict.Synset;
import org.mizan.coder.dict.VerbForm;
import org.mizan.coder.dict.VerbGroup;
import org.mizan.coder.dict.VerbPattern;
import org.mizan.coder.dict.petrarch.PetrarchVerbReader;

/**
 * The reading chosen for a verb mention: the most specific matching pattern of its verb groups, else the
 * verb's default code ({@link #choose}).
 */
record Choice(VerbGroup group, VerbPattern pattern, PatternMatcher.Binding binding, String code,
              String pairCode, int specificity, boolean negationInPattern, String rule) {

    static Choice choose(SentenceAnalysis a, VerbMention v) {
        Choice best = null;
        for (VerbForm f : v.forms()) {
            VerbGroup g = f.group();
            List<VerbPattern> patterns = g.patterns();
            PatternNeeds needs = g.needs();
            PatternKeys keys = a.patternKeys();
            for (int pi = 0; pi < patterns.size(); pi++) {
                int spec = needs.specificity(pi);
                if (best != null && best.pattern() != null && spec < best.specificity()
                        || !keys.mayMatch(needs, pi)) {
                    continue;
                }
                VerbPattern p = patterns.get(pi);
                PatternMatcher.Binding b = PatternMatcher.match(a, v, p);
                // equally specific patterns: the one whose words lie closer to the verb wins, then the one whose
                // words are written as in the text ("SANCTIONS" beats "SANCTION" on "sanctions")
                if (b != null && (best == null || spec > best.specificity()
                        || b.matched() > best.binding().matched()
                        || b.matched() == best.binding().matched() && b.lastToken() < best.binding().lastToken()
                        || b.matched() == best.binding().matched() && b.lastToken() == best.binding().lastToken()
                        && b.stemmed() < best.binding().stemmed())) {
                    String code = PetrarchVerbReader.INHERIT.equals(p.code()) ? g.code() : p.code();
                    best = new Choice(g, p, b, code, p.pairCode(), spec, negates(p), "pattern: " + p.text());
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (VerbForm f : v.forms()) {
            if (f.group().code() != null) {
                VerbGroup g = f.group();
                return new Choice(g, null, null, g.code(), g.pairCode(), 0, false, "verb: " + g.name());
            }
        }
        return null;
    }

    private static boolean negates(VerbPattern p) {
        for (PatternElement e : p.before()) {
            if (e.kind() == PatternElement.Kind.WORD && Words.NEGATIONS.contains(e.word().replace("*", ""))) {
                return true;
            }
            // a set indexes its words, so the big ones are not walked for each pattern chosen
            if (e.kind() == PatternElement.Kind.SYNSET && e.synset() instanceof Synset set) {
                if (set.hasAny(Words.NEGATIONS)) {
                    return true;
                }
            } else if (e.kind() == PatternElement.Kind.SYNSET) {
                for (List<String> phrase : e.synset()) {
                    for (String w : phrase) {
                        if (Words.NEGATIONS.contains(w.replace("*", ""))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
