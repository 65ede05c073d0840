/**
 * Bueno de Mesquita's expected-utility model of group decisions, in the one-dimensional form of
 * Scholz, Calbert &amp; Smith (2011) and of its public replication: actors with capability, position and
 * salience exchange challenges, compromises and capitulations round after round.
 *
 * <p>Read a scenario with {@link org.mizan.models.bdm.BdmCsvReader}, run
 * {@link org.mizan.models.bdm.ExpectedUtilityModel}, inspect the {@link org.mizan.models.bdm.BdmResult}.
 * The formulas are documented in {@code docs/models-bdm.md}.
 */
package org.mizan.models.bdm;
