package org.mizan.models;

/**
 * A bargaining model: turns a scenario (actors with capabilities, positions and saliences) into a
 * sequence of rounds ending in a forecast.
 *
 * <p>Contract: {@link #run} is a pure function of the scenario and the model's own parameters (a model
 * that draws random numbers takes its seed as a parameter), never mutates the scenario and is safe to
 * call from several threads on distinct or shared scenarios.
 *
 * @param <S> the scenario type
 * @param <R> the result type
 */
public interface BargainingModel<S, R extends ModelResult> {

    /** Short name used on the command line and in output files, e.g. {@code bdm} or {@code smp}. */
    String name();

    /** Runs the model to convergence or to its round limit. */
    R run(S scenario);
}
