package org.mizan.models.bdm;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An expected-utility scenario: a named list of at least two actors with distinct names.
 *
 * @param name   scenario name (the input file's name if it has no other)
 * @param actors actors in input order
 */
public record BdmScenario(String name, List<BdmActor> actors) {

    public BdmScenario {
        Objects.requireNonNull(name, "name");
        actors = List.copyOf(actors);
        if (actors.size() < 2) {
            throw new IllegalArgumentException("a scenario needs at least two actors");
        }
        var seen = new HashSet<String>();
        for (BdmActor a : actors) {
            if (!seen.add(a.name())) {
                throw new IllegalArgumentException("duplicate actor: " + a.name());
            }
        }
    }

    /** A copy with actor {@code index} replaced. */
    public BdmScenario with(int index, BdmActor actor) {
        var copy = new java.util.ArrayList<>(actors);
        copy.set(index, actor);
        return new BdmScenario(name, copy);
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
