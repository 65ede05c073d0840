/**
 * KTAB's Spatial Model of Politics (SMP): actors with a capability and, on several dimensions, a
 * position and a salience; each turn every actor challenges its most promising target with a bargain,
 * each actor picks among the bargains it is party to by a probabilistic Condorcet election, and all move
 * at once, until the change per turn becomes small.
 *
 * <p>Read scenarios with {@link org.mizan.models.smp.KtabCsvReader} or
 * {@link org.mizan.models.smp.KtabXmlReader}, configure {@link org.mizan.models.smp.SmpParameters}, run
 * {@link org.mizan.models.smp.SpatialModel}. Formulas, parameters and deviations from KTAB are in
 * {@code docs/models-smp.md}.
 */
package org.mizan.models.smp;
