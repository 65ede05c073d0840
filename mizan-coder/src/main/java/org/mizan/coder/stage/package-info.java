/**
 * The coding chain's stages after tokenisation, each one job over a {@link org.mizan.coder.stage.SentenceAnalysis}:
 * discards, actor spans, verb mentions, event assembly, dates and domains. {@link org.mizan.coder.stage.SentenceCoder}
 * assembles them in one place; each stage can also be run and tested alone.
 */
package org.mizan.coder.stage;
