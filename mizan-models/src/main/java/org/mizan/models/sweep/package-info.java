/**
 * Scenario sweeps: vary one input of one actor (a position on a dimension, a salience or the capability)
 * over a grid, run a model at every grid point on a small fixed thread pool, and tabulate how the outcome
 * moves. Render the table with {@link org.mizan.models.sweep.SweepResult#table()} and the renderers in
 * {@link org.mizan.models.render}.
 */
package org.mizan.models.sweep;
