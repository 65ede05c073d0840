package org.mizan.models;

import java.util.List;
import java.util.Map;

/**
 * What every model run reports, whatever the model: how many rounds it took, why it stopped, and the
 * final position of each actor on each dimension. Model-specific detail lives in the implementing
 * records ({@code BdmResult}, {@code SmpResult}).
 */
public interface ModelResult {

    /** The model's short name ({@code bdm}, {@code smp}). */
    String model();

    /** Actor names in input order. */
    List<String> actors();

    /** Dimension names in input order (one for the expected-utility model). */
    List<String> dimensions();

    /** Number of rounds (BDM) or turns (SMP) actually played. */
    int rounds();

    /** Why the run stopped. */
    StopReason stopReason();

    /** True when the run came to rest rather than cycling or hitting its limit. */
    default boolean converged() {
        return stopReason() == StopReason.CONVERGED;
    }

    /** Final positions, indexed [actor][dimension], on the input's scale. */
    double[][] finalPositions();

    /** The parameters actually used, by name, so that the run can be reproduced. */
    Map<String, String> parameters();

    /** Why a run stopped. */
    enum StopReason {
        /** Positions stopped moving (BDM: no actor moved; SMP: change below the threshold). */
        CONVERGED,
        /** Positions returned to an earlier state: the model cycles and will not converge. */
        CYCLE,
        /** The round or turn limit was reached before convergence. */
        ROUND_LIMIT
    }
}
