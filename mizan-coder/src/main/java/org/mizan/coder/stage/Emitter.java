package org.mizan.coder.stage;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds a verb's events to the analysis once its sources and targets are found: one event per source and
 * target pair (or between the members of a compound subject), with role-only actors placed or judged by the
 * {@link CodingRules}, and the accusation or claim that a reported use of force also is.
 */
final class Emitter {

    private final CodingRules rules;

    Emitter(CodingRules rules) {
        this.rules = rules;
    }

    int emit(SentenceAnalysis a, VerbMention v, List<ActorMention> sources, List<ActorMention> targets,
                     String code, String pairCode, double conf, String rule) {
        return emit(a, v, sources, targets, code, pairCode, conf, rule, true);
    }

    int emit(SentenceAnalysis a, VerbMention v, List<ActorMention> sources, List<ActorMention> targets,
                     String code, String pairCode, double conf, String rule, boolean roleOnly) {
        int n = 0;
        boolean beside = roleOnly && rules.roleOnly() == CodingRules.RoleOnly.BESIDE_KNOWN;
        List<ActorMention> src = usable(a, sources, beside);
        List<ActorMention> tgt = usable(a, targets, beside);
        if (!rules.agentOnlyActors()) {
            // "Israeli protesters blocked a highway in Tel Aviv": a place of the source's own country is no target
            tgt = HomeRoles.domestic(a, code, src, tgt.stream().filter(t -> !Places.homePlace(a, t, src)).toList());
        }
        // "Japan and the Philippines signed an agreement allowing troops to ...": a bare role after a compound's
        // cooperation names what the deal is about; the members are the parties
        if (src.size() >= 2 && !tgt.isEmpty() && cooperation(code)
                && tgt.stream().allMatch(t -> t.agentOnly() && t.code().startsWith("---"))) {
            tgt = List.of();
        }
        // "The US and Pakistan agreed to step up cooperation against the TTP": whom a compound's members cooperate
        // against is no party to their cooperation
        if (src.size() >= 2 && cooperation(code)) {
            tgt = tgt.stream().filter(t -> !against(a, t)).toList();
        }
        if (tgt.isEmpty() && src.size() >= 2) {
            for (ActorMention s : src) {
                for (ActorMention t : src) {
                    if (s != t && !s.code().equals(t.code()) && named(s, t)) {
                        n += add(a, v, s, t, code, pairCode, conf, rule);
                    }
                }
            }
            return n;
        }
        for (ActorMention s : src) {
            if (tgt.isEmpty()) {
                if (!rules.requireTarget() && named(s, null)) {
                    n += add(a, v, s, null, code, null, conf - 0.1, rule);
                }
                continue;
            }
            for (ActorMention t : tgt) {
                if (!s.code().equals(t.code()) && named(s, t)) {
                    n += add(a, v, s, t, leaving(code, t), pairCode, conf, rule);
                }
            }
        }
        return n;
    }

    /**
     * True unless the rules keep role-only actors only beside a known one and neither side is known: "Police fired
     * tear gas at protesters" says nothing about any country.
     */
    private boolean named(ActorMention s, ActorMention t) {
        return rules.roleOnly() != CodingRules.RoleOnly.BESIDE_KNOWN || !s.agentOnly() || t != null && !t.agentOnly();
    }

    /** Intentions to cooperate, consultation and diplomatic and material cooperation (roots 03-06). */
    private static boolean cooperation(String code) {
        return code.startsWith("03") || code.startsWith("04") || code.startsWith("05") || code.startsWith("06");
    }

    /** Leaving an organisation ("announced their withdrawal from ECOWAS") reduces relations with it (160); it is no
     * military retreat or expulsion. */
    private static String leaving(String code, ActorMention target) {
        return target.code().startsWith("IGO") && (code.equals("0874") || code.equals("166")) ? "160" : code;
    }

    /**
     * The actors as coded: a role word placed by the sentence gets its country; otherwise it is kept as a bare role
     * (PETRARCH's rules, or with {@code unplaced}, for {@link #named} to judge) or dropped.
     */
    private List<ActorMention> usable(SentenceAnalysis a, List<ActorMention> ms, boolean unplaced) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            ActorMention u = m.agentOnly() ? Places.localise(a, m, rules.agentOnlyActors()) : m;
            if (u != null) {
                out.add(u);
            } else if (rules.agentOnlyActors() || unplaced) {
                out.add(m);
            }
        }
        return out;
    }

    private static int add(SentenceAnalysis a, VerbMention v, ActorMention s, ActorMention t, String code,
                           String pairCode, double conf, String rule) {
        double c = conf * Math.min(s.confidence(), t == null ? 1.0 : t.confidence());
        a.events().add(new EventDraft(s, t, code, v.start(), v.end(), c, rule));
        if (pairCode != null && t != null) {
            a.events().add(new EventDraft(t, s, pairCode, v.start(), v.end(), c, "pair of " + rule));
            return 2;
        }
        return 1;
    }

    /**
     * A speaker reporting a use of force: "The US said that Iraq had attacked" is also the US accusing Iraq
     * (112); "The US claimed that they had attacked Iraq", the speaker reporting its own attack, claims
     * responsibility for it (015). The attack itself is coded as well.
     */
    void report(SentenceAnalysis a, VerbMention v, List<ActorMention> sources, List<ActorMention> targets) {
        VerbMention speech = Chains.speechBefore(a, v);
        if (speech == null) {
            return;
        }
        // an unnamed speaker's accusation says nothing about anyone's country: only placed actors here
        List<ActorMention> speakers = usable(a, Subjects.subject(a, speech.start()), false);
        for (ActorMention s : speakers) {
            for (ActorMention src : usable(a, sources, false)) {
                if (s.group() == src.group() || s.code().equals(src.code())) {
                    for (ActorMention t : usable(a, targets, false)) {
                        if (!t.code().equals(s.code())) {
                            add(a, speech, s, t, "015", null, 0.6, "own use of force reported: claims responsibility");
                        }
                    }
                } else if (!Chains.sameCountry(s, src)) {
                    add(a, speech, s, src, "112", null, 0.6, "another's use of force reported: accusation");
                }
            }
        }
    }

    private static boolean against(SentenceAnalysis a, ActorMention t) {
        return a.keyBefore(t.start()).equals("AGAINST");
    }
}
