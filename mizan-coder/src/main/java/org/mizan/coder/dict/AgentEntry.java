package org.mizan.coder.dict;

/**
 * What an agent noun stands for: a role code added to the actor it attaches to ("army" MIL: "Pakistani
 * army" = PAKMIL).
 *
 * @param code   the role (or known-group) code, e.g. GOV, MIL, NGO
 * @param prefix true when the code goes before the actor's code (PETRARCH "[NGO~]"), false for after
 */
public record AgentEntry(String code, boolean prefix) {
}
