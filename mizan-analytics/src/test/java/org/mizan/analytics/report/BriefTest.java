package org.mizan.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.analytics.balance.BalanceRequest;
import org.mizan.analytics.relations.Period;
import org.mizan.analytics.stakeholders.Stakeholder;
import org.mizan.analytics.stakeholders.StakeholderTable;
import org.mizan.core.actor.ActorCodes;
import org.mizan.core.event.DatePrecision;
import org.mizan.core.event.Event;
import org.mizan.core.event.Marks;
import org.mizan.core.event.Provenance;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;
import org.mizan.store.Events;
import org.mizan.store.ImportLedger;
import org.mizan.store.ImportRecord;

/** A brief over hand-made coded events: its sentences, footnotes and files say what the events say. */
class BriefTest {

    @TempDir
    Path dir;

    private static Event event(int i, String src, String tgt, String cameo, int quad, double g, String domain, String url) {
        return new Event("text:d" + i + ":0:0", LocalDate.of(2023, 2, 1 + i), DatePrecision.DAY,
                ActorCodes.parse(src, src), ActorCodes.parse(tgt, tgt), cameo, cameo.substring(0, 2), quad, g, null, null,
                List.of(domain), null, Provenance.ofText("d" + i, 0, 0, 40, "Sentence number " + i + " of the <evidence>.",
                url, "Capital Wire", "2023-02-0" + (1 + i)).withMarks(new Marks(new Marks.Span(0, 8), null,
                new Marks.Span(9, 15))), 0.9, null, null, null, null);
    }

    private static EventStore store() {
        EventStore s = EventStore.inMemory();
        List<Event> evs = new ArrayList<>();
        evs.add(event(1, "USAGOV", "PAKGOV", "0312", 1, 5.2, "security", "https://capitalwire.example/1"));
        evs.add(event(2, "PAKMIL", "USAMIL", "062", 2, 7.4, "security", "https://capitalwire.example/2"));
        evs.add(event(3, "RUSGOV", "PAKGOV", "0311", 1, 5.2, "energy", "https://capitalwire.example/3"));
        evs.add(event(4, "PAKGOV", "RUSGOV", "057", 1, 8.0, "energy", "https://capitalwire.example/4"));
        evs.add(event(5, "PAKGOV", "USAGOV", "111", 3, -2.0, "energy", "https://capitalwire.example/5"));
        ImportLedger ledger = new ImportLedger(s);
        long batch = ledger.nextBatch();
        new Events(s).append(evs, batch);
        ledger.record(new ImportRecord(batch, "test", "x", 0, "text", LocalDateTime.of(2026, 11, 2, 9, 0),
                LocalDateTime.of(2026, 11, 2, 9, 1), 5, 5, 0, 0, "done"));
        return s;
    }

    @Test
    void sentencesFootnotesAndFilesFollowTheEvents() throws IOException {
        try (EventStore s = store()) {
            BalanceRequest req = new BalanceRequest("PAK", "USA", "RUS", EventQuery.all(), Period.MONTH, 200, 1);
            Brief b = new BriefBuilder(s).build(req, LocalDate.of(2026, 11, 29));

            assertThat(b.sentences().get("security")).startsWith("In security Pakistan leans toward the United States: score -1.00");
            assertThat(b.sentences().get("energy")).startsWith("In energy Pakistan leans toward Russia");
            Citation first = b.evidence().get("security").get(0);
            // The strongest security evidence is the army's military cooperation (Goldstein 7.4), item 2.
            assertThat(first.text()).isEqualTo("Capital Wire, https://capitalwire.example/2, published 3 February 2023"
                    + " (accessed 2 November 2026).");

            List<Path> files = BriefWriter.write(b, dir);
            String md = Files.readString(dir.resolve("brief.md"));
            String html = Files.readString(dir.resolve("brief.html"));
            assertThat(md).startsWith("# Pakistan between the United States and Russia").contains("[^1]:", "## Evidence");
            assertThat(html).contains("<svg", "id='fn1'", "href='https://capitalwire.example/",
                    "<blockquote><mark class='src'>Sentence</mark> <mark class='verb'>number</mark> 2 of the &lt;evidence&gt;.");
            assertThat(files).allSatisfy(f -> assertThat(f).isRegularFile());
        }
    }

    @Test
    void stakeholderPositionsFollowTheBalance() {
        try (EventStore s = store()) {
            List<Stakeholder> rows = new StakeholderTable(s).build("USA", "RUS", List.of("security"), List.of(
                    new StakeholderTable.Capability("PAKMIL", "Army", 70), new StakeholderTable.Capability("USA", "US", 75),
                    new StakeholderTable.Capability("CHN", "China", 70)), EventQuery.all());
            assertThat(rows.get(0).position()).isEqualTo(0.0);
            assertThat(rows.get(0).salience()).isEqualTo(1.0);
            assertThat(rows.get(1).position()).isEqualTo(0.0);
            assertThat(rows.get(2).position()).isEqualTo(50.0);
            assertThat(rows.get(2).note()).contains("no events");
            assertThat(StakeholderTable.csv(rows)).startsWith("Actor,Capability,Position,Salience");
        }
    }
}
