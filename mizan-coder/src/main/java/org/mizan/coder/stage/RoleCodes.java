package org.mizan.coder.stage;

import java.util.Set;
import org.mizan.coder.dict.AgentEntry;

/** Actor-code arithmetic: the code an actor gets when a role word attaches to it. */
final class RoleCodes {

    /**
     * Adds a role to a code unless the code already has it: "PAK" + MIL = "PAKMIL"; "USAGOV" + GOV = "USAGOV". Three
     * readings keep CAMEO's codes plain: a named group's own fighters and leaders are the group ("Islamic State
     * fighters" IMGISS, "RSF fighters" SDNREBRSF, "Houthi leaders" YEMREBHTH); a government's forces, police or spies are the state's ("Syrian government forces"
     * SYRMIL); an international organisation's officials and investigators are the organisation ("UN investigators"
     * IGOUNO).
     */
    static String attach(String code, AgentEntry agent) {
        String role = agent.code();
        if (agent.prefix()) {
            return code.startsWith(role) ? code : role + code;
        }
        for (int i = 0; i + role.length() <= code.length(); i += 3) {
            if (code.startsWith(role, i)) {
                return code;
            }
        }
        if ((ARMED.contains(role) || role.equals("GOV")) && namedGroup(code)) {
            return code;
        }
        // "Arakan Army fighters": a group already coded as rebels or insurgents (MMRREB) is not both; an
        // unidentified armed force (UAF) or separatists stay a role of their own ("SOMREBUAF", as PETRARCH2)
        if (INSURGENT.contains(role) && hasInsurgentRole(code)) {
            return code;
        }
        // "Niger's military rulers", "Myanmar's military junta": the army in power is still the army (CAMEO has no
        // MILGOV)
        if (role.equals("GOV") && code.length() == 6 && code.endsWith("MIL")) {
            return code;
        }
        if (code.length() == 6 && code.endsWith("GOV") && STATE_FORCES.contains(role)) {
            return code.substring(0, 3) + role;
        }
        if (code.startsWith("IGO") && ORGANISATION_STAFF.contains(role)) {
            return code;
        }
        return code + role;
    }

    private static final Set<String> ARMED = Set.of("INS", "REB", "SEP", "UAF");
    private static final Set<String> INSURGENT = Set.of("INS", "REB");
    /** A capital's forces, police, spies and courts are the state's: "a Moscow court" is RUSJUD, not RUSGOVJUD. */
    private static final Set<String> STATE_FORCES = Set.of("MIL", "COP", "SPY", "JUD");
    private static final Set<String> ORGANISATION_STAFF = Set.of("GOV", "COP", "SPY");

    private static boolean hasInsurgentRole(String code) {
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            if (INSURGENT.contains(code.substring(i, i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** True when a part after the country is a named group ("IMGISS", "PSEHMS", "SDNREBRSF"), not only roles. */
    private static boolean namedGroup(String code) {
        if (code.startsWith("NGO")) {
            return false; // a country's non-governmental organisation ("MSF Arnor" NGOARN) still takes roles
        }
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (!org.mizan.core.actor.ActorCodes.isRole(part)) {
                return true;
            }
        }
        return false;
    }

    private RoleCodes() {
    }
}
