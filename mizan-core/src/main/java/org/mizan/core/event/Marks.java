package org.mizan.core.event;

/**
 * Where, inside an event's evidence text, the coder read its source actor, its target actor and its verb, so a
 * reader can check the coding against the words. Offsets are characters of {@link Provenance#evidence()}
 * (start inclusive, end exclusive); a part that was not read from the text (an implied source, a missing
 * target) is null.
 *
 * @param source the source actor's words
 * @param target the target actor's words
 * @param verb   the words that carried the event code: the verb, or the noun of a nominal event
 */
public record Marks(Span source, Span target, Span verb) {

    /** A character range of the evidence text. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }

        /** The span, or null when either end is missing (as read back from a store). */
        public static Span of(Integer start, Integer end) {
            return start == null || end == null ? null : new Span(start, end);
        }
    }

    /** True when nothing is marked. */
    public boolean isEmpty() {
        return source == null && target == null && verb == null;
    }
}
