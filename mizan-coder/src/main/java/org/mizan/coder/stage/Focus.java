package org.mizan.coder.stage;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.mizan.core.actor.ActorCodes;

/**
 * The countries a document is about so far, for events whose actor the sentence leaves unwritten ("the
 * negotiations with the IMF" in a piece about Pakistan is Pakistan negotiating). Counts each country's
 * mentions over the sentences already coded; owned by the one thread coding the document.
 *
 * <p>Choosing is deliberately narrow: among the countries the sentence itself names, the one the document
 * names most; when the sentence names none, the document's most named country, but only if the previous
 * sentence named it too (a stand-in for "the paragraph is about it"). Otherwise nothing is chosen.
 */
public final class Focus {

    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private Set<String> previous = Set.of();

    /** Adds a coded sentence's country mentions. */
    public void count(SentenceAnalysis a) {
        for (ActorMention m : a.actors()) {
            String c = country(m);
            if (c != null) {
                counts.merge(c, 1, Integer::sum);
                names.putIfAbsent(c, m.name());
            }
        }
        previous = countries(a);
    }

    /**
     * The focal country for an event in {@code a} whose target is {@code exclude}: the sentence's mention of it,
     * or an implied mention ({@link ActorMention#implied()}) at token {@code at} when only the document names
     * it; null when the document gives no clear answer.
     */
    ActorMention choose(SentenceAnalysis a, String exclude, int at) {
        String best = null;
        int bestScore = 0;
        Map<String, ActorMention> first = new HashMap<>();
        Map<String, Integer> here = new HashMap<>();
        for (ActorMention m : a.actors()) {
            String c = country(m);
            if (c != null && !c.equals(exclude)) {
                first.putIfAbsent(c, m);
                here.merge(c, 1, Integer::sum);
            }
        }
        for (ActorMention m : a.actors()) {
            String c = country(m);
            if (c == null || c.equals(exclude)) {
                continue;
            }
            int score = counts.getOrDefault(c, 0) + here.get(c);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best != null) {
            // the sentence's own mention of the country, the bare country name if it has one
            for (ActorMention m : a.actors()) {
                if (m.code().equals(best)) {
                    return m;
                }
            }
            return first.get(best);
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!e.getKey().equals(exclude) && previous.contains(e.getKey())
                    && (best == null || e.getValue() > bestScore)) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        // not named in the sentence: an implied actor, zero tokens wide at the event's noun
        return best == null || bestScore < 2 ? null : new ActorMention(at, at, best, names.get(best), 0.5, false, -1);
    }

    private static Set<String> countries(SentenceAnalysis a) {
        Set<String> out = new LinkedHashSet<>();
        for (ActorMention m : a.actors()) {
            String c = country(m);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** The country part of a mention's code, or null for role-only actors and organisations. */
    static String country(ActorMention m) {
        if (m.agentOnly() || m.code().length() < 3) {
            return null;
        }
        String c = m.code().substring(0, 3);
        return ActorCodes.countryLabel(c) != null ? c : null; // CAMEO-listed countries only, no IGO or MNC
    }
}
