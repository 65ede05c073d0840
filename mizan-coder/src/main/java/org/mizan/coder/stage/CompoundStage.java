package org.mizan.coder.stage;

import java.util.List;
import java.util.Set;

/**
 * Joins actor mentions into compound groups: "India and Pakistan", "Mordor, Rohan, Fornost and Bree",
 * "Neither Galadriel nor Gollum", "Fornost and the evil awful Gondor". Mentions of one span (a name
 * standing for several actors) always share a group.
 *
 * <p>Two neighbouring mentions chain when only commas, conjunctions, "the" and a few lower-case words that
 * are not verbs stand between them; a chain is a compound only if one of its gaps has a conjunction, so an
 * apposition ("Arnor, the Dagolathi news agency") stays two actors. Run after {@link VerbStage}, which it
 * needs to tell "X and killed Y" from "X and Y". Cost: linear in the mentions.
 */
public final class CompoundStage implements Stage {

    private static final Set<String> JOINERS = Set.of(",", "AND", "OR", "NOR", "&", "THE", "AS", "WELL", "BOTH",
            "NEITHER", "EITHER");
    private static final Set<String> CONJUNCTIONS = Set.of("AND", "OR", "NOR", "&");

    @Override
    public void apply(SentenceAnalysis a) {
        List<ActorMention> ms = a.actors();
        int k = 0;
        while (k < ms.size()) {
            int end = k;
            boolean conjunction = false;
            while (end + 1 < ms.size()) {
                ActorMention x = ms.get(end);
                ActorMention y = ms.get(end + 1);
                if (x.start() == y.start()) {
                    end++;
                    continue;
                }
                int gap = gap(a, x.end(), y.start());
                if (gap < 0 || repeats(ms, k, end, y)) {
                    break;
                }
                conjunction |= gap == 1;
                end++;
            }
            if (!conjunction) {
                // no compound: only same-span mentions share a group
                for (int i = k + 1; i <= end; i++) {
                    if (ms.get(i).start() == ms.get(i - 1).start()) {
                        ms.set(i, ms.get(i).withGroup(ms.get(i - 1).group()));
                    }
                }
            } else {
                for (int i = k + 1; i <= end; i++) {
                    ms.set(i, ms.get(i).withGroup(ms.get(k).group()));
                }
                end += sharePlace(ms, k, end);
                shareCountry(ms, k, end);
                shareRole(a, ms, k, end);
            }
            k = end + 1;
        }
    }

    /**
     * A list does not name the same actor twice: "between Calenardhon and Gondor, and Gondor and Dagolath" is
     * two lists, so a member whose code is already in the chain starts a new one.
     */
    private static boolean repeats(List<ActorMention> ms, int from, int to, ActorMention y) {
        for (int i = from; i <= to; i++) {
            if (ms.get(i).code().equals(y.code()) && ms.get(i).start() != y.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place phrase after the last role noun of a list belongs to all of them: in "lawmakers and officials
     * in Fornost and Gondor" the leading role-only member ("lawmakers") takes each place of the member
     * built from "officials in Fornost" and of the members continuing its place list ("and Gondor"), one
     * mention per place on the same span. Returns how many mentions were added.
     */
    private static int sharePlace(List<ActorMention> ms, int from, int to) {
        ActorMention first = ms.get(from);
        if (!first.agentOnly() || from + 1 > to) {
            return 0;
        }
        ActorMention placed = ms.get(from + 1);
        String name = placed.name().toLowerCase(java.util.Locale.ROOT);
        if (placed.agentOnly() || placed.code().length() != 6 || !(name.contains(" in ") || name.contains(" of "))) {
            return 0;
        }
        String role = placed.code().substring(3);
        List<ActorMention> out = new java.util.ArrayList<>();
        for (int d = from + 1; d <= to; d++) {
            ActorMention m = ms.get(d);
            if (m.agentOnly() || m.code().length() != 6 || !m.code().endsWith(role)) {
                break;
            }
            out.add(new ActorMention(first.start(), first.end(), m.code().substring(0, 3) + first.code().substring(3),
                    first.name(), first.confidence(), false, first.group()));
        }
        if (out.isEmpty()) {
            return 0;
        }
        ms.remove(from);
        ms.addAll(from, out);
        return out.size() - 1;
    }

    /**
     * A role-only member of a compound takes its country from a neighbour: "Danish media and government"
     * is DNKMED and DNKGOV, not DNKMED and ---GOV.
     */
    private static void shareCountry(List<ActorMention> ms, int from, int to) {
        for (int i = from; i <= to; i++) {
            ActorMention m = ms.get(i);
            if (!m.agentOnly()) {
                continue;
            }
            ActorMention donor = null;
            for (int d = i - 1; d >= from && donor == null; d--) {
                donor = ms.get(d).agentOnly() ? null : ms.get(d);
            }
            if (donor == null) {
                continue;
            }
            String base = donor.code();
            if (base.length() > 3 && donor.end() - donor.start() > 1) {
                base = base.substring(0, base.length() - 3); // drop the donor's own role
            }
            String role = m.code().substring(3);
            ms.set(i, new ActorMention(m.start(), m.end(), base + role, m.name(), m.confidence(), false, m.group()));
        }
    }

    /**
     * Demonyms sharing one head noun: "Indian and Chinese troops" are INDMIL and CHNMIL, so a bare country
     * adjective takes the role of the member after it when that member ends in a lower-case role word.
     */
    private static void shareRole(SentenceAnalysis a, List<ActorMention> ms, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            ActorMention m = ms.get(i);
            ActorMention next = ms.get(i + 1);
            if (m.code().length() != 3 || next.code().length() <= 3 || m.agentOnly() || next.start() == m.start()
                    || a.tokens().get(next.end() - 1).capitalised() || !demonym(m.name())) {
                continue;
            }
            String role = next.code().substring(3);
            ms.set(i, new ActorMention(m.start(), m.end(), m.code() + role, m.name(), m.confidence(), false, m.group()));
        }
    }

    private static boolean demonym(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith("an") || n.endsWith("ese") || n.endsWith("ish") || n.endsWith("i") || n.endsWith("ch");
    }

    /** -1 when the gap does not join, 1 when it joins with a conjunction, 0 when it joins without one. */
    private static int gap(SentenceAnalysis a, int from, int to) {
        if (to <= from || to - from > 4) {
            return -1;
        }
        boolean joiner = false;
        boolean conj = false;
        for (int k = from; k < to; k++) {
            String w = a.key(k);
            // "in Khartoum between the army and the RSF": a preposition starts a new phrase, not a list member
            if (Words.PREPOSITIONS.contains(w)) {
                return -1;
            }
            if (JOINERS.contains(w)) {
                joiner = true;
                conj |= CONJUNCTIONS.contains(w);
            } else if (!lowerWord(a, k) || inVerb(a, k)) {
                return -1;
            }
        }
        // "..., the Osgiliath newspaper al-Raya said": a comma and "the" before a new subject is no list
        if (!conj && a.key(from).equals(",") && a.key(from + 1).equals("THE") && subjectFollows(a, to)) {
            return -1;
        }
        return !joiner ? -1 : conj ? 1 : 0;
    }

    private static boolean subjectFollows(SentenceAnalysis a, int mentionStart) {
        ActorMention m = a.actorAt(mentionStart);
        int end = m == null ? mentionStart + 1 : m.end();
        for (VerbMention v : a.verbs()) {
            if (v.start() >= end && v.start() <= end + 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerWord(SentenceAnalysis a, int k) {
        String t = a.tokens().get(k).text();
        return !t.isEmpty() && Character.isLetter(t.charAt(0)) && !Words.AUX.contains(a.key(k))
                && !Words.CLAUSE_BREAKS.contains(a.key(k));
    }

    private static boolean inVerb(SentenceAnalysis a, int k) {
        for (VerbMention v : a.verbs()) {
            if (v.start() <= k && k < v.end()) {
                return true;
            }
        }
        return false;
    }
}
