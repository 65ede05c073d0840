package org.mizan.models.smp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A spatial scenario as KTAB reads it: actors, dimension names, an optional ideal-accommodation matrix,
 * and, from XML, an optional seed and model parameters.
 *
 * @param name          scenario name
 * @param description   free text
 * @param dimensions    dimension names
 * @param actors        actors in input order
 * @param accommodation a[i][j]: how far i's ideal moves toward j's position each turn (rows sum to at
 *                      most 1); {@code null} means the identity (ideals follow positions)
 * @param seed          the input's PRNG seed, 0 if none
 * @param parameters    model parameters carried by the input, {@code null} if none
 */
public record SmpScenario(String name, String description, List<String> dimensions, List<SmpActor> actors,
                          double[][] accommodation, long seed, SmpParameters parameters) {

    public SmpScenario {
        Objects.requireNonNull(name, "name");
        dimensions = List.copyOf(dimensions);
        actors = List.copyOf(actors);
        if (actors.size() < 2) {
            throw new IllegalArgumentException("a scenario needs at least two actors");
        }
        var names = new HashSet<String>();
        for (SmpActor a : actors) {
            if (a.position().length != dimensions.size()) {
                throw new IllegalArgumentException(a.name() + ": expected " + dimensions.size() + " dimensions");
            }
            if (!names.add(a.name())) {
                throw new IllegalArgumentException("duplicate actor: " + a.name());
            }
        }
        if (accommodation != null) {
            if (accommodation.length != actors.size()) {
                throw new IllegalArgumentException("accommodation matrix must be actors x actors");
            }
            for (double[] row : accommodation) {
                double sum = 0;
                for (double a : row) {
                    if (!(a >= 0 && a <= 1)) {
                        throw new IllegalArgumentException("accommodation entries must be in [0,1]");
                    }
                    sum += a;
                }
                if (row.length != actors.size() || sum > 1 + 1e-10) {
                    throw new IllegalArgumentException("accommodation rows must have one entry per actor, sum <= 1");
                }
            }
        }
    }

    /** A copy with actor {@code index} replaced. */
    public SmpScenario with(int index, SmpActor actor) {
        var copy = new ArrayList<>(actors);
        copy.set(index, actor);
        return new SmpScenario(name, description, dimensions, copy, accommodation, seed, parameters);
    }

    /** Index of the named actor, or -1. */
    public int indexOf(String actorName) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).name().equals(actorName)) {
                return i;
            }
        }
        return -1;
    }
}
