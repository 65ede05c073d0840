package org.mizan.coder.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.coder.dict.ActorEntry;
import org.mizan.coder.dict.AgentEntry;
import org.mizan.coder.dict.PhraseTrie;
import org.mizan.coder.text.Token;

/**
 * Finds the actors of a sentence: dictionary names (longest match, tolerant of one misspelt word in a
 * multi-word name) and agents attached to them ("Pakistani army", "Gondor's government", "ambassadors of
 * Arnor, Osgiliath and Gondor"; the code they make: {@link RoleCodes}). Each mention gets its own group;
 * {@link CompoundStage} joins them.
 *
 * <p>An actor name must contain a capital letter, so "turkey" or "chad" in running text is not a
 * country. A name whose code is "---" blocks the span without making an actor. An agent with no actor in
 * reach becomes "---" plus its role ("a senior official" = ---GOV) and is flagged agent-only.
 * Cost: two trie walks per token plus a linear pass.
 */
public final class ActorStage implements Stage {

    /** Words that may stand between a country and its agent: "Dagolath's first Deputy Prime Minister". */
    private static final Set<String> MODIFIERS = Set.of("'S", "'", "FIRST", "FORMER", "SENIOR", "TOP", "NEW",
            "DEPUTY", "ACTING", "CHIEF", "HEAD", "MAIN", "LEADING", "SECURITY", "BORDER", "STATE", "NATIONAL", "LOCAL",
            "HIGH-RANKING", "RANKING", "VETERAN", "INTERIM", "INCOMING", "OUTGOING", "RULING", "ELITE", "ARMED",
            "THE", "VICE", "ASSISTANT", "SPECIAL", "DEFENCE", "DEFENSE", "FOREIGN", "INTERIOR", "FINANCE", "TRADE",
            "ENERGY", "PRIME", "SECOND", "THIRD", "REGIONAL", "PROVINCIAL", "FEDERAL", "CENTRAL", "OFFICIAL",
            "MILITARY", "GOVERNMENT", "PRO-GOVERNMENT", "ANTI-GOVERNMENT", "RIGHTS", "HUMAN", "RIGHT-WING",
            "LEFT-WING", "ISLAMIST", "HARDLINE", "SOME", "TWO", "THREE", "SEVERAL", "MANY", "GROUND", "NAVAL", "AIR",
            "COMBAT", "ARMOURED", "ARMORED", "RESERVE", "COAST", "AIRBORNE");

    private static final Set<String> SPONSORED = Set.of("BACKED", "SUPPORTED", "FUNDED", "SPONSORED", "ALIGNED",
            "ALLIED", "LINKED", "AFFILIATED", "ARMED", "TRAINED", "INSPIRED", "MADE", "BUILT", "SUPPLIED",
            "DESIGNED", "PRODUCED", "MANUFACTURED", "PROVIDED", "DONATED");

    private static final AgentEntry ELITE = new AgentEntry("ELI", false);

    private final PhraseTrie<ActorEntry> actors;
    private final PhraseTrie<AgentEntry> agents;
    private final boolean fuzzy;

    public ActorStage(PhraseTrie<ActorEntry> actors, PhraseTrie<AgentEntry> agents, boolean fuzzy) {
        this.actors = actors;
        this.agents = agents;
        this.fuzzy = fuzzy;
    }

    private record Span(int start, int end, String code, List<AgentEntry> agents, double confidence) {
        boolean agent() {
            return agents != null;
        }
    }

    @Override
    public void apply(SentenceAnalysis a) {
        List<Token> t = a.tokens();
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            PhraseTrie.Match<ActorEntry> am = actors.longest(a.wordIds(actors.vocabulary()), i, fuzzy);
            if (am != null && !anyCapitalised(t, am.start(), am.end())) {
                am = null;
            }
            PhraseTrie.Match<AgentEntry> gm = agents.longest(a.wordIds(agents.vocabulary()), i, false);
            if (am != null && (gm == null || am.end() >= gm.end())) {
                String code = am.values().get(0).codeOn(a.date());
                // "the Doha Agreement", "the Minsk accords": the place names a document, not an actor; "the South
                // China Sea", "the Sea of Japan": it names a sea
                if (code != null && am.end() - am.start() == 1 && (am.end() < t.size() && t.get(am.end()).capitalised()
                        && Words.NAMED_AFTER_PLACE.contains(t.get(am.end()).key()) || waterOf(t, am.start()))) {
                    code = null;
                }
                // "Iranian-backed militias", "Russian-aligned separatists": the sponsor named before "-backed" is not
                // the actor (a leader is: "Saudi-led coalition"); nor is the maker of a weapon ("US-made missiles")
                if (code != null && a.key(am.end()).equals("-") && SPONSORED.contains(a.key(am.end() + 1))) {
                    code = null;
                }
                if (code != null) {
                    spans.add(new Span(i, am.end(), code.toUpperCase(java.util.Locale.ROOT), null,
                            am.fuzzy() ? 0.7 : 1.0));
                }
                i = am.end();
            } else if (gm != null) {
                spans.add(new Span(i, gm.end(), null, gm.values(), 1.0));
                i = gm.end();
            } else {
                String pair = hyphenPair(a, t.get(i));
                if (pair != null) {
                    spans.add(new Span(i, i + 1, pair, null, 1.0));
                }
                i++;
            }
        }
        List<ActorMention> out = appositions(combine(spans, a), a);
        for (int k = 0; k < out.size(); k++) {
            a.actors().add(out.get(k).withGroup(k));
        }
    }

    /**
     * "the Sea of Japan", "the Gulf of Mexico": a name after a capitalised body of water and "of" is part of it; so is a
     * name after a capitalised "Lake" ("on the shores of Lake Chad").
     */
    private static boolean waterOf(List<Token> t, int start) {
        return start >= 2 && t.get(start - 1).key().equals("OF") && t.get(start - 2).capitalised()
                && Words.WATERS.contains(t.get(start - 2).key())
                || start >= 1 && t.get(start - 1).capitalised() && t.get(start - 1).key().equals("LAKE");
    }

    /**
     * "Moscow-Islamabad ties", "the US-Pakistan dialogue", "India-Pakistan talks": one hyphenated word made of
     * two capitalised known names stands for both ("RUSGOV/PAKGOV", two mentions of one span, hence one
     * compound). Only when the whole word is not itself a name ("Al-Qaeda", "Guinea-Bissau" are).
     */
    private String hyphenPair(SentenceAnalysis a, Token tok) {
        String text = tok.text();
        int h = text.indexOf('-');
        if (h <= 0 || h == text.length() - 1 || text.indexOf('-', h + 1) >= 0 || !tok.capitalised()
                || !Character.isUpperCase(text.charAt(h + 1))) {
            return null;
        }
        String first = part(a, tok, text.substring(0, h));
        String second = first == null ? null : part(a, tok, text.substring(h + 1));
        return second == null || first.equals(second) ? null : first + "/" + second;
    }

    private String part(SentenceAnalysis a, Token tok, String word) {
        Token w = new Token(word, Token.keyOf(word), tok.start(), tok.end());
        PhraseTrie.Match<ActorEntry> m = actors.longest(List.of(w), 0, false);
        if (m == null || m.end() != 1) {
            return null;
        }
        String code = m.values().get(0).codeOn(a.date());
        return code == null || code.isBlank() || code.startsWith("-") ? null : code.toUpperCase(java.util.Locale.ROOT);
    }

    /** True when a token of the span has a capital letter anywhere: "Israel", "ISRAEL", the mistyped "iSrael". */
    private static boolean anyCapitalised(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            for (int c = 0; c < w.length(); c++) {
                if (Character.isUpperCase(w.charAt(c))) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<ActorMention> combine(List<Span> spans, SentenceAnalysis a) {
        List<ActorMention> out = new ArrayList<>();
        for (int s = 0; s < spans.size(); s++) {
            Span sp = spans.get(s);
            int start = sp.start();
            // agents written before their actor: "MSF Arnor"
            StringBuilder prefix = new StringBuilder();
            int p = s;
            while (p + 1 < spans.size() && spans.get(p).agent() && spans.get(p).agents().get(0).prefix()
                    && spans.get(p + 1).start() == spans.get(p).end()) {
                prefix.append(spans.get(p).agents().get(0).code());
                p++;
            }
            if (!spans.get(p).agent()) {
                s = p;
                sp = spans.get(s);
                List<AgentEntry> attached = new ArrayList<>();
                int end = sp.end();
                // agents that follow the actor: "Pakistani army", "Gondor's main opposition group"
                while (s + 1 < spans.size() && spans.get(s + 1).agent() && gapAllowed(a, end, spans.get(s + 1).start())) {
                    Span ag = spans.get(++s);
                    attached.add(ag.agents().get(0));
                    end = ag.end();
                }
                // a name right after its title: "Prime Minister Romendacil"
                if (!attached.isEmpty() && s + 1 < spans.size() && !spans.get(s + 1).agent()
                        && spans.get(s + 1).start() == end) {
                    end = spans.get(++s).end();
                }
                for (String code : sp.code().split("/")) {
                    if (code.isBlank()) {
                        continue;
                    }
                    String c = prefix + code;
                    if (former(a, start, end)) {
                        c = RoleCodes.attach(c, ELITE); // CAMEO codes former office holders as elites, not by office
                    } else {
                        for (AgentEntry ag : attached) {
                            c = RoleCodes.attach(c, ag);
                        }
                    }
                    out.add(mention(a, start, end, c, sp.confidence(), false));
                }
                continue;
            }
            // a capitalised title right before a name: "President Michel Suleiman" is the person, with the role
            if (s + 1 < spans.size() && !spans.get(s + 1).agent() && spans.get(s + 1).start() == sp.end()
                    && a.tokens().get(sp.end() - 1).capitalised() && !sp.agents().get(0).prefix()) {
                Span name = spans.get(++s);
                boolean former = former(a, sp.start(), name.end());
                for (String code : name.code().split("/")) {
                    if (!code.isBlank()) {
                        out.add(mention(a, sp.start(), name.end(), titled(code, sp.agents().get(0), former),
                                name.confidence(), false));
                    }
                }
                continue;
            }
            // "the cargo ship Galaxy Leader": a capitalised role word after an unknown capitalised word is part of a
            // name, not a role
            if (sp.start() > 0 && a.tokens().get(sp.start()).capitalised() && a.tokens().get(sp.start() - 1).capitalised()
                    && !a.tokens().get(sp.start() - 1).punctuation() && !MODIFIERS.contains(a.key(sp.start() - 1))
                    && (s == 0 || spans.get(s - 1).end() != sp.start())) {
                continue;
            }
            // agent of/from/in actor(s): "ambassadors of Arnor, Osgiliath and Gondor"; "for" only after a word
            // that speaks for someone ("a spokesman for Prime Minister X"), since "troops for Ukraine" are not Ukraine's
            int k = sp.end();
            // ("withdraw its ambassador and troops from Niger": "its" troops come from elsewhere; "farmers in
            // Brussels" are where the EU sits, not the EU's)
            if (Words.OF.contains(a.key(k)) && (!a.key(k).equals("FOR") || SPEAKS_FOR.contains(a.key(k - 1)))
                    && !(a.key(k).equals("FROM") && owned(a, sp.start()))
                    && !((a.key(k).equals("IN") || a.key(k).equals("AT")) && s + 1 < spans.size()
                    && !spans.get(s + 1).agent() && spans.get(s + 1).code().startsWith("IGO"))) {
                int j = a.key(k + 1).equals("THE") ? k + 2 : k + 1;
                if (s + 1 < spans.size() && !spans.get(s + 1).agent() && spans.get(s + 1).start() == j) {
                    int first = s + 1;
                    int last = first;
                    while (last + 1 < spans.size() && !spans.get(last + 1).agent()
                            && onlyConjunctions(a, spans.get(last).end(), spans.get(last + 1).start())) {
                        last++;
                    }
                    for (int m = first; m <= last; m++) {
                        Span ac = spans.get(m);
                        for (String code : ac.code().split("/")) {
                            // "protesters in Tehran": the capital stands for the country, not its government
                            String base = code.length() == 6 && code.endsWith("GOV")
                                    && !sp.agents().get(0).code().startsWith("GOV") ? code.substring(0, 3) : code;
                            AgentEntry role = former(a, sp.start(), sp.end()) ? ELITE : sp.agents().get(0);
                            out.add(mention(a, m == first ? sp.start() : ac.start(), ac.end(),
                                    RoleCodes.attach(role == ELITE ? code : base, role), ac.confidence(), false));
                        }
                    }
                    s = last;
                    continue;
                }
            }
            out.add(mention(a, sp.start(), sp.end(), "---" + sp.agents().get(0).code(), 0.6, true));
        }
        return out;
    }

    private static final Set<String> OWN = Set.of("ITS", "THEIR", "HIS", "HER", "OUR");
    private static final Set<String> SPEAKS_FOR = Set.of("SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "SPOKESMEN",
            "SPOKESPEOPLE", "ADVISER", "ADVISOR", "AIDE", "AIDES", "LAWYER", "LAWYERS");

    private static final Set<String> COUNTERPART = Set.of("COUNTERPART", "COUNTERPARTS", "'S", "'");

    private static final Set<String> GROUP_NOUNS = Set.of("GROUP", "MOVEMENT", "ORGANIZATION", "ORGANISATION",
            "MILITIA", "FACTION", "NETWORK", "OUTFIT");

    /**
     * "the Somali militant group al-Shabab", "the Islamist movement Hamas": a described group and its name are
     * one actor, the name's code with the description's roles (SOMREB + UAF = SOMREBUAF).
     */
    private static List<ActorMention> appositions(List<ActorMention> ms, SentenceAnalysis a) {
        for (int k = 0; k + 1 < ms.size(); k++) {
            ActorMention d = ms.get(k);
            ActorMention n = ms.get(k + 1);
            // "the commander of U.S. Air Forces Central": a role word right after a known actor is that actor's
            if (n.agentOnly() && !d.agentOnly() && n.start() == d.end() && d.code().length() >= 3
                    && org.mizan.core.actor.ActorCodes.isCountryLike(d.code().substring(0, 3)) && !d.code().contains("/")) {
                ms.set(k + 1, mention(a, n.start(), n.end(), d.code().substring(0, 3) + n.code().substring(3),
                        n.confidence(), false));
                continue;
            }
            // "his Russian counterpart Sergey Lavrov", "Iran's Revolutionary Guards", "the Iranian Revolutionary Guards":
            // a country named right before one of its own bodies or people describes them
            if (d.code().length() == 3 && n.code().length() > 3 && n.code().startsWith(d.code()) && !n.agentOnly()
                    && (n.start() == d.end() || n.start() == d.end() + 1 && COUNTERPART.contains(a.key(d.end())))) {
                ms.set(k, mention(a, d.start(), n.end(), n.code(), Math.min(d.confidence(), n.confidence()), false));
                ms.remove(k + 1);
                continue;
            }
            if (n.start() != d.end() + 1 || !GROUP_NOUNS.contains(a.key(d.end())) || n.agentOnly()
                    || d.code().contains("/") || n.code().contains("/")) {
                continue;
            }
            String code = n.code();
            for (int i = 3; i + 3 <= d.code().length(); i += 3) {
                String role = d.code().substring(i, i + 3);
                if (org.mizan.core.actor.ActorCodes.isRole(role)) {
                    code = RoleCodes.attach(code, new AgentEntry(role, false));
                }
            }
            ms.set(k, mention(a, d.start(), n.end(), code, Math.min(d.confidence(), n.confidence()), false));
            ms.remove(k + 1);
        }
        return ms;
    }

    /**
     * A person named after a title: the person's own dated code, which knows the office ("President Michel Suleiman"
     * LBNGOV; "Prime Minister Imran Khan" in opposition stays PAKOPP); the title only gives a role to a bare country
     * code; "former" makes an elite (CAMEO's code for former office holders).
     */
    private static String titled(String code, AgentEntry title, boolean former) {
        if (code.startsWith("IGO") || code.startsWith("NGO")) {
            return code;
        }
        if (former) {
            return code.substring(0, 3) + ELITE.code();
        }
        return code.length() == 3 ? RoleCodes.attach(code, title) : code;
    }

    /** True when a possessive pronoun owns the role word at {@code start}, over a short list ("its ambassador and troops"). */
    private static boolean owned(SentenceAnalysis a, int start) {
        for (int k = start - 1; k >= 0 && k >= start - 4; k--) {
            if (OWN.contains(a.key(k))) {
                return true;
            }
            if (a.actorAt(k) != null && !a.actorAt(k).agentOnly() || a.tokens().get(k).punctuation() && !a.key(k).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** True when "former" opens or sits inside the span: "former Gondor prosecutors", "Arnor former officials". */
    private static boolean former(SentenceAnalysis a, int start, int end) {
        for (int k = start - 1; k < end; k++) {
            if (a.key(k).equals("FORMER")) {
                return true;
            }
        }
        return false;
    }

    /** Words allowed between an actor and its agent: titles and modifiers, or anything short after "'s". */
    private static boolean gapAllowed(SentenceAnalysis a, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        boolean possessive = a.key(from).equals("'S");
        for (int k = from; k < to; k++) {
            Token t = a.tokens().get(k);
            // "Niger's presidential guard detained President Bazoum": a past verb before a title ends the actor
            if (possessive && t.key().endsWith("ED") && k + 1 < a.tokens().size() && a.tokens().get(k + 1).capitalised()) {
                return false;
            }
            // "Imran Khan's supporters attacked military installations": a past verb after a plural noun is the
            // clause's verb, not part of the name ("Pakistan's newly elected government" keeps its adverb)
            if (possessive && k > from + 1 && t.key().endsWith("ED") && a.key(k - 1).length() > 3
                    && a.key(k - 1).endsWith("S") && !a.key(k - 1).endsWith("SS")) {
                return false;
            }
            boolean ok = MODIFIERS.contains(t.key()) || t.capitalised()
                    || possessive && !t.punctuation() && !Words.AUX.contains(t.key()) && !Words.PREPOSITIONS.contains(t.key())
                    && !t.key().endsWith("ING");
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameCountry(String a, String b) {
        return a != null && b != null && a.length() >= 3 && b.startsWith(a.substring(0, 3));
    }

    static boolean onlyConjunctions(SentenceAnalysis a, int from, int to) {
        if (to <= from || to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = a.key(k);
            if (!Words.CONJUNCTIONS.contains(w) && !w.equals("THE") && !w.equals("AS") && !w.equals("WELL")) {
                return false;
            }
        }
        return true;
    }

    private static ActorMention mention(SentenceAnalysis a, int start, int end, String code, double conf,
                                        boolean agentOnly) {
        List<Token> t = a.tokens();
        String text = a.sentence().text();
        int base = a.sentence().start();
        String name = text.substring(t.get(start).start() - base, t.get(end - 1).end() - base);
        return new ActorMention(start, end, code, name, conf, agentOnly, -1);
    }

}
