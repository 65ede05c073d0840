package org.mizan.coder.dict;

/**
 * One surface form of a verb and the group it belongs to.
 *
 * @param group      the verb's group
 * @param participle true when the form can be a past participle (so "was attacked" reads as passive)
 * @param noun       true when the form is a noun that triggers the verb's patterns ("talks", "visit")
 */
public record VerbForm(VerbGroup group, boolean participle, boolean noun) {
}
