package org.mizan.cli;

import java.util.List;
import org.mizan.analytics.balance.BalanceRequest;
import org.mizan.analytics.relations.Period;
import org.mizan.store.EventQuery;
import picocli.CommandLine.Option;

/** The focal state and the two powers, shared by the commands that measure a balance. */
final class FocalOptions {

    @Option(names = "--focal", required = true, paramLabel = "ISO3", description = "The focal state, e.g. PAK.")
    String focal;

    @Option(names = "--between", required = true, split = ",", paramLabel = "A,B", description = "The two powers, e.g. USA,RUS.")
    List<String> between;

    BalanceRequest request(EventQuery filter, Period trend, int reps, long seed) {
        if (between.size() != 2) {
            throw new IllegalArgumentException("--between takes two powers, e.g. USA,RUS");
        }
        return new BalanceRequest(focal, between.get(0), between.get(1), filter, trend, reps, seed);
    }
}
