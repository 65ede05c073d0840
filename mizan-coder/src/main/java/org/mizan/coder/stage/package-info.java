/**
 * The coding chain's stages after tokenisation, each one job over a {@link org.mizan.coder.stage.SentenceAnalysis}:
 * discards, actor spans, verb mentions, event assembly, dates and domains. {@link org.mizan.coder.stage.SentenceCoder}
 * assembles them in one place; each stage can also be run and tested alone. The stages lean on package-private
 * helpers, each with one job of its own: finding a verb's arguments ({@link org.mizan.coder.stage.Arguments} and the
 * classes it names), choosing its pattern ({@link org.mizan.coder.stage.Choice}), adding its events
 * ({@link org.mizan.coder.stage.Emitter}).
 */
package org.mizan.coder.stage;
