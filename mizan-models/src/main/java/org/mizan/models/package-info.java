/**
 * Bargaining models for forecasting collective decisions: Bueno de Mesquita's expected-utility model
 * ({@link org.mizan.models.bdm}) and KTAB's Spatial Model of Politics ({@link org.mizan.models.smp}),
 * scenario sweeps over either ({@link org.mizan.models.sweep}) and renderers for their results
 * ({@link org.mizan.models.render}).
 *
 * <p>{@link org.mizan.models.ModelRunner} is the facade the command line and other callers use: it reads
 * an input file, runs a model with {@link org.mizan.models.ModelOptions} and returns a
 * {@link org.mizan.models.ModelResult}. Model classes never format output; renderers never compute.
 */
package org.mizan.models;
