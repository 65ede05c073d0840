package org.mizan.coder.stage;

/**
 * An event found in a sentence before it becomes a {@link org.mizan.core.event.Event}: who, what code, on
 * which tokens.
 *
 * @param source     the acting actor, or null
 * @param target     the actor acted upon, or null
 * @param code       CAMEO event code
 * @param verbStart  first token of the verb
 * @param verbEnd    token after the verb (or after the pattern's last word)
 * @param confidence in [0, 1]
 * @param rule       what produced it ("pattern: * FOR_ASYLUM", "default", "pair"), for diagnostics
 */
public record EventDraft(ActorMention source, ActorMention target, String code, int verbStart, int verbEnd,
                         double confidence, String rule) {
}
