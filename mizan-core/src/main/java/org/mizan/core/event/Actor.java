package org.mizan.core.event;

import java.util.List;

/**
 * One side of an event: who acted, or who was acted upon.
 *
 * <p>{@code code} is the full CAMEO actor code as coded ({@code PAKGOVMIL}, {@code IGOWSTIMF}); the other
 * fields are its parts where known. {@code name} is the actor as written in the source ("the Pakistani
 * army", "Islamabad"), kept so an analyst can see what the code was made from. Any field may be null
 * except that an actor with nothing known should be represented by a null Actor, not an empty one.
 *
 * @param code       CAMEO actor code, upper case, or null when only a name is known
 * @param country    ISO 3166 alpha-3 country (or CAMEO region code such as {@code AFR}), or null
 * @param knownGroup CAMEO known-group code ({@code IMF}, {@code NAT}, {@code TAL}), or null
 * @param roles      CAMEO role/type codes in order ({@code GOV}, {@code MIL}); never null
 * @param name       the actor's name as written in the source, or null
 */
public record Actor(String code, String country, String knownGroup, List<String> roles, String name) {

    public Actor {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The first role, or null: the one most analyses group by (GOV, MIL, OPP ...). */
    public String primaryRole() {
        return roles.isEmpty() ? null : roles.get(0);
    }
}
