package org.mizan.analytics.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.analytics.SampleStore;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;

/** Dyad series on the real GDELT and ICEWS samples, checked against an independently written query. */
class DyadSeriesTest {

    private static EventStore store;

    @BeforeAll
    static void load() {
        store = SampleStore.gdeltAndIcews();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void undirectedMonthlySeriesEqualsAPlainGroupBy() throws SQLException {
        List<DyadRow> rows = new DyadSeries(store).compute(EventQuery.all(), Period.MONTH, false, null, null);

        List<String> expected = new ArrayList<>();
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(
                "SELECT strftime(event_date, '%Y-%m') m, CASE WHEN src_country < tgt_country THEN src_country ELSE tgt_country END x,"
                        + " CASE WHEN src_country < tgt_country THEN tgt_country ELSE src_country END y, count(*),"
                        + " sum(CASE WHEN quad = 1 THEN 1 ELSE 0 END), sum(CASE WHEN quad = 4 THEN 1 ELSE 0 END),"
                        + " round(sum(goldstein), 6), sum(CASE WHEN quad <= 2 THEN 1 ELSE -1 END)"
                        + " FROM events WHERE src_country IS NOT NULL AND tgt_country IS NOT NULL AND src_country <> tgt_country"
                        + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")) {
            while (r.next()) {
                expected.add(r.getString(1) + " " + r.getString(2) + "-" + r.getString(3) + " " + r.getLong(4) + " "
                        + r.getLong(5) + " " + r.getLong(6) + " " + r.getDouble(7) + " " + r.getLong(8));
            }
        }
        List<String> actual = rows.stream().map(d -> d.period().toString().substring(0, 7) + " " + d.a() + "-" + d.b()
                + " " + d.events() + " " + d.verbalCoop() + " " + d.materialConflict() + " "
                + Math.round(d.goldsteinSum() * 1e6) / 1e6 + " " + d.netCoop()).toList();
        assertThat(actual).hasSizeGreaterThan(300).containsExactlyElementsOf(expected);
    }

    @Test
    void ratesDivideByTheFirstActorsVolumeInThePeriod() throws SQLException {
        List<DyadRow> rows = new DyadSeries(store).compute(EventQuery.all(), Period.YEAR, true, "USA", "RUS");
        assertThat(rows).isNotEmpty();
        for (DyadRow d : rows) {
            long volume;
            try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(
                    "SELECT count(*) FROM events WHERE year(event_date) = " + d.period().getYear()
                            + " AND (src_country = 'USA' OR tgt_country = 'USA') AND src_country IS NOT NULL AND tgt_country IS NOT NULL")) {
                r.next();
                volume = r.getLong(1);
            }
            assertThat(d.a()).isEqualTo("USA");
            assertThat(d.aVolume()).isEqualTo(volume);
            assertThat(d.rate()).isCloseTo((double) d.events() / volume, within(1e-12));
        }
    }
}
