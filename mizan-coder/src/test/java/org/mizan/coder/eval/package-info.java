/**
 * Evaluations: PETRARCH's published test material in ../shared (its unit-test suite and its GigaWord sample with
 * PETRARCH2's own output), the analysis piece, and Mizan's own real-news evaluation set (resources {@code eval/},
 * a held-out half and a dev half; {@code RealNewsTest}). Each test prints its table and keeps the figure from
 * falling below the level reached.
 */
package org.mizan.coder.eval;
