package org.mizan.coder.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Gives a role-only party of a state's act at home the state's country. */
final class HomeRoles {

    /** Roles of a state's own people that its acts at home reach: "arrested media tycoon Jimmy Lai". */
    private static final Set<String> HOME_ROLES = Set.of("OPP", "MED", "LEG", "JUD", "CVL", "EDU", "LAB", "HRI", "BUS",
            "REL", "ELI", "GOV");
    /** Roles a protest at home is directed at: "stormed parliament", "rallied against the government's overhaul". */
    private static final Set<String> PROTESTED_ROLES = Set.of("GOV", "LEG", "JUD", "COP");
    /** Roles a people's demands at home reach: the protested bodies and the army (a junta's, or one asked to act). */
    private static final Set<String> DEMANDED_ROLES = Set.of("GOV", "LEG", "JUD", "COP", "MIL");
    /** A state's own people: their demands, criticism, rejections and threats are at their own state's bodies. */
    private static final Set<String> PEOPLE = Set.of("OPP", "CVL", "LAB", "EDU", "HRI", "REL", "MED");
    private static final Set<String> FOREIGN = Set.of("FOREIGN", "INTERNATIONAL", "WESTERN", "OVERSEAS", "EXPATRIATE");

    /**
     * A role-only party of a national actor's act at home is of the actor's country: "Hong Kong police arrested media
     * tycoon Jimmy Lai" (HKGMED), "Belarus released opposition leader X" (BLROPP), "protesters in Nairobi stormed
     * parliament" (KENLEG). Only for acts a state or its people do at home - release (08), conviction (116), coercion
     * (17), threats of repression (137) and protest (14, at the state's own bodies) - never for force, where the other
     * side is often foreign ("Pakistani troops killed ten militants" stays ---INS). A state's own people's demands,
     * criticism, rejections and threats (10-13) are, like protest, at their own state's bodies: "Greek opposition
     * parties demanded the resignation of the transport minister" (GRCGOV).
     */
    static List<ActorMention> domestic(SentenceAnalysis a, String code, List<ActorMention> src,
                                               List<ActorMention> tgt) {
        if (src.size() != 1 || tgt.isEmpty()) {
            return tgt;
        }
        ActorMention s = src.get(0);
        boolean people = s.code().length() == 6 && PEOPLE.contains(s.code().substring(3))
                && (code.startsWith("10") || code.startsWith("11") || code.startsWith("12") || code.startsWith("13"))
                && !code.equals("137");
        boolean protest = code.startsWith("14") || people;
        if (!(protest || code.startsWith("08") || code.startsWith("17") || code.equals("116") || code.equals("137"))) {
            return tgt;
        }
        String country = s.code().length() >= 3 ? s.code().substring(0, 3) : "";
        if (s.agentOnly() || country.equals("---") || !org.mizan.core.actor.ActorCodes.isCountryLike(country)) {
            return tgt;
        }
        List<ActorMention> out = new ArrayList<>(tgt.size());
        for (ActorMention t : tgt) {
            String role = t.code().length() > 3 ? t.code().substring(3) : "";
            if (t.agentOnly() && t.code().startsWith("---") && (people ? DEMANDED_ROLES : protest ? PROTESTED_ROLES : HOME_ROLES).contains(role)
                    && !FOREIGN.contains(a.key(t.start() - 1))) {
                out.add(new ActorMention(t.start(), t.end(), country + role, t.name(), t.confidence() * 0.8, false,
                        t.group()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private HomeRoles() {
    }
}
