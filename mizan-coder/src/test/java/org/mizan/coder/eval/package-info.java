/**
 * Evaluations against PETRARCH's published test material in ../shared: its unit-test suite and its
 * GigaWord sample with PETRARCH2's own output. Each test prints its table and keeps the figure from
 * falling below the level reached.
 */
package org.mizan.coder.eval;
