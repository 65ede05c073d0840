package org.mizan.coder.stage;

/**
 * One step of the coding chain: reads what earlier stages put in a {@link SentenceAnalysis} and adds its
 * own findings.
 *
 * <p>Contract shared by every stage: it never throws on any input, it only adds spans that lie inside the
 * sentence's tokens, and it keeps no state between sentences, so one instance serves every thread.
 */
public interface Stage {

    void apply(SentenceAnalysis a);
}
