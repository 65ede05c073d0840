package org.mizan.analytics.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.analytics.relations.Period;
import org.mizan.analytics.SampleStore;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;

/** The balance on the real GDELT and ICEWS samples, against net affinities summed by a plain query. */
class FocalBalanceTest {

    private static EventStore store;

    @BeforeAll
    static void load() {
        store = SampleStore.gdeltAndIcews();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static double[] net(String focal, String power, String dataset) throws SQLException {
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(
                "SELECT count(*), sum(goldstein) / 10 FROM events WHERE dataset = '" + dataset + "' AND ("
                        + "(src_country = '" + focal + "' AND tgt_country = '" + power + "') OR "
                        + "(src_country = '" + power + "' AND tgt_country = '" + focal + "'))")) {
            r.next();
            return new double[] {r.getLong(1), r.getDouble(2)};
        }
    }

    @Test
    void overallScoreEqualsTheNetAffinitiesOfAnIndependentQuery() throws SQLException {
        for (String dataset : new String[] {"gdelt2", "icews"}) {
            for (String[] t : new String[][] {{"CHN", "USA", "RUS"}, {"IND", "USA", "CHN"}, {"UKR", "USA", "RUS"}}) {
                double[] a = net(t[0], t[1], dataset);
                double[] b = net(t[0], t[2], dataset);
                EventQuery only = new EventQuery(null, null, null, null, false, null, null, null, null, dataset,
                        false, null, null);
                BalanceResult r = new FocalBalance(store).compute(new BalanceRequest(t[0], t[1], t[2], only, null, 200, 1));
                assertThat(r.overall().n()).as(dataset + " " + String.join(",", t)).isEqualTo((int) (a[0] + b[0]));
                if (a[0] + b[0] == 0) {
                    assertThat(r.overall().score()).isNull();
                    continue;
                }
                assertThat(r.overall().netFirst()).isCloseTo(a[1], within(1e-9));
                assertThat(r.overall().netSecond()).isCloseTo(b[1], within(1e-9));
                assertThat(r.overall().score()).isCloseTo((b[1] - a[1]) / (Math.abs(a[1]) + Math.abs(b[1])), within(1e-9));
            }
        }
    }

    @Test
    void domainsPartitionNothingAwayAndTrendCoversEveryEvent() {
        BalanceResult r = new FocalBalance(store).compute(new BalanceRequest("CHN", "USA", "RUS", EventQuery.all(),
                Period.DAY, 200, 1));
        assertThat(r.overall().n()).isPositive();
        int inTrend = r.trend().stream().mapToInt(p -> p.score().n()).sum();
        assertThat(inTrend).isEqualTo(r.overall().n());
        int largestDomain = r.domains().stream().mapToInt(d -> d.score().n()).max().orElse(0);
        assertThat(largestDomain).isLessThanOrEqualTo(r.overall().n());
        assertThat(r.domains()).allSatisfy(d -> assertThat(d.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(3));
    }

    @Test
    void aBadRequestIsRefusedWithAReason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BalanceRequest("PAK", "USA", "USA", null, null, 10, 1))
                .hasMessageContaining("three different countries");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BalanceRequest("Pakistan", "USA", "RUS", null, null, 10, 1))
                .hasMessageContaining("three-letter");
    }
}
