package org.mizan.coder.stage;

/**
 * An actor found in a sentence: tokens [start, end), its CAMEO code and the name as written.
 *
 * @param start      first token (inclusive)
 * @param end        last token (exclusive)
 * @param code       CAMEO actor code ("PAKGOV"; "---GOV" for an agent with no known country)
 * @param name       the text as written
 * @param confidence 1 for an exact dictionary match, lower for a tolerant (misspelt) match
 * @param agentOnly  true when only a role is known ("a senior official")
 * @param group      compound group: mentions joined by "and" or commas share a group number
 */
public record ActorMention(int start, int end, String code, String name, double confidence, boolean agentOnly,
                           int group) {

    /** True for an actor the sentence does not name but the document implies (zero tokens wide; see Focus). */
    public boolean implied() {
        return start == end;
    }

    public ActorMention withGroup(int g) {
        return new ActorMention(start, end, code, name, confidence, agentOnly, g);
    }
}
