package org.mizan.coder.dict;

/**
 * A phrase that marks text as out of scope (sports, entertainment, weather).
 *
 * @param reason why, or null
 * @param story  true when the whole document is out of scope, false for the sentence only
 */
public record DiscardEntry(String reason, boolean story) {
}
