package org.mizan.models.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleFunction;
import org.mizan.models.BargainingModel;
import org.mizan.models.ModelResult;
import org.mizan.models.bdm.BdmActor;
import org.mizan.models.bdm.BdmScenario;
import org.mizan.models.smp.SmpActor;
import org.mizan.models.smp.SmpScenario;

/**
 * Runs a model once per grid value of a {@link Sweep}, in parallel on a fixed pool of {@code threads}
 * threads (default 2), and collects the results in grid order. Each grid point is an independent run,
 * so the results equal those of sequential runs. Cost: grid size × one run, divided by the threads.
 */
public final class ScenarioSweep {

    /** Default pool size: small, because the machine is shared. */
    public static final int DEFAULT_THREADS = 2;

    private ScenarioSweep() {
    }

    /** Sweeps an expected-utility scenario. */
    public static SweepResult bdm(BargainingModel<BdmScenario, ? extends ModelResult> model, BdmScenario base,
                                  Sweep sweep, int threads) {
        int i = base.indexOf(sweep.actor());
        if (i < 0) {
            throw new IllegalArgumentException("no actor " + sweep.actor());
        }
        if (sweep.dimension() != 0) {
            throw new IllegalArgumentException("the expected-utility model has one dimension (0)");
        }
        BdmActor a = base.actors().get(i);
        return run(model, v -> base.with(i, switch (sweep.variable()) {
            case POSITION -> a.at(v);
            case SALIENCE -> new BdmActor(a.name(), a.capability(), a.position(), v);
            case CAPABILITY -> new BdmActor(a.name(), v, a.position(), a.salience());
        }), sweep, threads);
    }

    /** Sweeps a spatial scenario. */
    public static SweepResult smp(BargainingModel<SmpScenario, ? extends ModelResult> model, SmpScenario base,
                                  Sweep sweep, int threads) {
        int i = base.indexOf(sweep.actor());
        if (i < 0) {
            throw new IllegalArgumentException("no actor " + sweep.actor());
        }
        if (sweep.dimension() >= base.dimensions().size()) {
            throw new IllegalArgumentException("no dimension " + sweep.dimension());
        }
        SmpActor a = base.actors().get(i);
        return run(model, v -> base.with(i, switch (sweep.variable()) {
            case POSITION -> a.withPosition(sweep.dimension(), v);
            case SALIENCE -> a.withSalience(sweep.dimension(), v);
            case CAPABILITY -> a.withCapability(v);
        }), sweep, threads);
    }

    /** Runs {@code model} on {@code variant(v)} for every grid value v. */
    public static <S> SweepResult run(BargainingModel<S, ? extends ModelResult> model, DoubleFunction<S> variant,
                                      Sweep sweep, int threads) {
        // build every scenario first so that an invalid grid value fails before any work starts
        var scenarios = new ArrayList<S>();
        for (double v : sweep.values()) {
            scenarios.add(variant.apply(v));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            var tasks = new ArrayList<Callable<ModelResult>>();
            for (S s : scenarios) {
                tasks.add(() -> model.run(s));
            }
            List<ModelResult> results = new ArrayList<>();
            for (Future<ModelResult> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return new SweepResult(sweep, results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
