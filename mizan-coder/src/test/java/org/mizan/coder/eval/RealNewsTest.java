package org.mizan.coder.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mizan.coder.Coder;
import org.mizan.coder.MizanDictionaries;
import org.mizan.coder.doc.Document;
import org.mizan.coder.stage.CodingRules;
import org.mizan.core.event.Event;

/**
 * Mizan's own dictionaries and default rules on news sentences they were not written from: the real-news
 * evaluation set (resources {@code org/mizan/coder/eval/heldout.tsv} and {@code dev.tsv}, 12-14 sentences per
 * CAMEO root plus sentences that must code nothing; {@code dev2.tsv}, a second dev set weighted towards the weak roots;
 * {@code dev3.tsv}, a third towards the roots the first two rounds left least covered).
 * Each sentence is its own document.
 *
 * <p>Per half it prints: <b>exact</b>, the share of sentences whose main event is coded with the expected source,
 * target and code; <b>root</b>, the same with the code right only to its root; <b>quiet</b>, the share of
 * must-code-nothing sentences left empty; <b>precision</b>, the share of all coded events that are one of the
 * sentences' expected events (to the root). Then the figures per root. The held-out half is never used to choose
 * fixes; the dev half is. Run with {@code -Dmizan.eval.verbose=true} to list the dev sentences that miss (the
 * held-out misses are never listed, so that they cannot steer a fix).
 */
class RealNewsTest {

    private static final Coder CODER = Coder.of(MizanDictionaries.defaults(), CodingRules.mizan());

    /**
     * What each half reached, less a little: exact, root, quiet, precision. Held out, third round of issue #3 (after
     * the dev2 round): 110, 115 of 129, 4 of 5, 133 of 155 (second round 101, 106, 122 of 153; 65.9%, 69.8% exact and
     * root before the first); dev: 118, 118 of 121, 5 of 5, 132 of 137 (67.8%, 74.4% before).
     */
    private static final double[] HELD_OUT_FLOOR = {0.84, 0.88, 0.8, 0.84};
    private static final double[] DEV_FLOOR = {0.95, 0.95, 0.8, 0.93};
    /**
     * The second dev set (dev2.tsv), written before it was measured: see {@link #secondDevSet()}. At the end of the round
     * that wrote it: 170 and 171 of 193, 12 of 12, 206 of 246 (130, 133, 10 of 12 and 163 of 230 before), rounded down.
     */
    private static final double[] DEV2_FLOOR = {0.88, 0.88, 1.0, 0.83};
    /**
     * The third dev set (dev3.tsv), written before it was measured: see {@link #thirdDevSet()}. At the end of the round
     * that wrote it: 122 and 125 of 140, 10 of 10, 150 of 176 (93, 101, 10 of 10 and 118 of 176 before), rounded down.
     */
    private static final double[] DEV3_FLOOR = {0.87, 0.89, 1.0, 0.85};

    @Test
    void heldOutHalf() {
        check("held-out", "heldout.tsv", HELD_OUT_FLOOR, false);
    }

    @Test
    void devHalf() {
        check("dev", "dev.tsv", DEV_FLOOR, true);
    }

    /**
     * The second dev set: 193 sentences in wire style written before they were run, weighted towards the weak
     * roots (14, 05, 06, 07, 09), plus 12 that must code nothing. Misses are listed with the verbose flag.
     */
    @Test
    void secondDevSet() {
        check("dev2", "dev2.tsv", DEV2_FLOOR, true);
    }

    /**
     * The third dev set: 140 sentences in wire style written before they were run, ten for each of the fourteen roots
     * the first two rounds gave least attention (01-04, 08, 10-13, 15-18, 20; one of the 15s, joint exercises, is
     * CAMEO's military cooperation and counts as 06), plus 10 that must code nothing. It leaves out roots 05, 07, 09,
     * 14 and 19. Misses are listed with the verbose flag.
     */
    @Test
    void thirdDevSet() {
        check("dev3", "dev3.tsv", DEV3_FLOOR, true, 15);
    }

    /** Running counts of one half or one root. */
    private static final class Tally {
        int cases;
        int exact;
        int root;
        int quietCases;
        int quiet;
        int coded;
        int correct;

        double rate(int n, int of) {
            return of == 0 ? 1.0 : (double) n / of;
        }
    }

    private static void check(String name, String file, double[] floor, boolean listMisses) {
        check(name, file, floor, listMisses, 20);
    }

    private static void check(String name, String file, double[] floor, boolean listMisses, int roots) {
        List<NewsCase> cases = NewsCase.read(file);
        Tally all = new Tally();
        Map<String, Tally> byRoot = new TreeMap<>();
        StringBuilder misses = new StringBuilder();
        for (NewsCase c : cases) {
            List<Event> events = CODER.code(Document.of(c.id(), c.date(), c.text())).events();
            all.coded += events.size();
            for (Event e : events) {
                if (c.expected().stream().anyMatch(x -> x.sameRoot(e))) {
                    all.correct++;
                }
            }
            boolean ok;
            if (c.root() == null) {
                all.quietCases++;
                ok = events.isEmpty();
                all.quiet += ok ? 1 : 0;
            } else {
                Tally t = byRoot.computeIfAbsent(c.root(), k -> new Tally());
                NewsCase.Expected main = c.expected().get(0);
                ok = events.stream().anyMatch(main::exact);
                boolean root = events.stream().anyMatch(main::sameRoot);
                for (Tally x : List.of(all, t)) {
                    x.cases++;
                    x.exact += ok ? 1 : 0;
                    x.root += root ? 1 : 0;
                }
            }
            if (!ok) {
                misses.append(String.format("%-8s %s%n   expected %s%n   got      %s%n", c.id(), c.text(),
                        c.expected().isEmpty() ? "none" : describe(c.expected().get(0)), events.stream()
                                .map(e -> e.source().code() + " " + (e.target() == null ? "-" : e.target().code())
                                        + " " + e.cameo()).toList()));
            }
        }
        double exact = all.rate(all.exact, all.cases);
        double root = all.rate(all.root, all.cases);
        double quiet = all.rate(all.quiet, all.quietCases);
        double precision = all.rate(all.correct, all.coded);
        StringBuilder table = new StringBuilder(String.format(
                "Real news, %s half: %d sentences with events, exact %d (%.1f%%), root %d (%.1f%%); "
                        + "quiet %d of %d; %d events coded, %d expected (precision %.1f%%)%nroot  n  exact  root%n",
                name, all.cases, all.exact, 100 * exact, all.root, 100 * root, all.quiet, all.quietCases, all.coded,
                all.correct, 100 * precision));
        byRoot.forEach((r, t) -> table.append(String.format("%s  %2d  %5d  %4d%n", r, t.cases, t.exact, t.root)));
        System.out.println(table);
        if (listMisses && Boolean.getBoolean("mizan.eval.verbose")) {
            System.out.println(misses);
        }
        assertThat(byRoot).hasSize(roots);
        assertThat(exact).as("exact").isGreaterThanOrEqualTo(floor[0]);
        assertThat(root).as("root").isGreaterThanOrEqualTo(floor[1]);
        assertThat(quiet).as("quiet").isGreaterThanOrEqualTo(floor[2]);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(floor[3]);
    }

    private static String describe(NewsCase.Expected x) {
        return String.join("|", x.sources()) + " " + String.join("|", x.targets()) + " " + String.join("|", x.codes());
    }
}
