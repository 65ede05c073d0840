package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.core.event.Event;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;
import org.mizan.store.Events;

/**
 * Phoenix and POLECAT rows written here in each format's documented layout (no real sample is available;
 * see docs/IMPORT.md): detection, the mapping onto events, and rejects.
 */
class PhoenixPolecatImportTest {

    @TempDir
    Path dir;

    @Test
    void phoenixRowsMapAndTheQuadClassIsRecomputedFromTheRoot() throws IOException {
        String good = String.join("\t", "20230214-1", "20230214", "2023", "2", "14", "USAGOV", "USA", "GOV", "",
                "PAKGOV", "PAK", "GOV", "", "042", "04", "1", "1.9", "DIPLOMACY,1;SECURITY,2", "33.7", "73.1",
                "Islamabad", "Islamabad", "PAK", "abc-1", "https://wire.example/a;https://wire.example/b", "Wire A;Wire B");
        String badCode = good.replace("20230214-1", "20230214-2").replace("\t042\t", "\t999\t");
        Path f = Files.write(dir.resolve("events.20230214.txt"), List.of(good, badCode), StandardCharsets.UTF_8);
        try (EventStore s = EventStore.inMemory()) {
            ImportResult r = new Importer(s, ImportListener.NONE).importFile(f, "auto");
            assertThat(r.format()).isEqualTo("phoenix");
            assertThat(r.imported()).isEqualTo(1);
            assertThat(r.rejected()).isEqualTo(1);
            assertThat(r.rejects().get(0).line()).isEqualTo(2);
            assertThat(r.rejects().get(0).reason()).contains("unknown CAMEO code in EventCode: '999'");
            Event e = new Events(s).list(EventQuery.all()).get(0);
            assertThat(e.quad()).isEqualTo(1);
            assertThat(e.source().code()).isEqualTo("USAGOV");
            assertThat(e.target().country()).isEqualTo("PAK");
            assertThat(e.domains()).containsExactly("diplomacy", "security");
            assertThat(e.provenance().url()).isEqualTo("https://wire.example/a");
            assertThat(e.ploverType()).isEqualTo("CONSULT");
        }
    }

    @Test
    void polecatKeepsPloverAndSetsOnlyAnExactRoot() throws IOException {
        String header = "Event ID\tEvent Date\tEvent Type\tEvent Mode\tIntensity\tQuad Code\tContexts\tActor Name\t"
                + "Actor Country\tActor COW\tPrimary Actor Sector\tActor Sectors\tActor Title\tActor Name Raw\t"
                + "Wikipedia Actor ID\tRecipient Name\tRecipient Country\tRecipient COW\tPrimary Recipient Sector\t"
                + "Recipient Sectors\tRecipient Title\tRecipient Name Raw\tWikipedia Recipient ID\tPlacename\tCity\t"
                + "District\tProvince\tCountry\tLatitude\tLongitude\tGeoNames ID\tRaw Placename\tFeature Type\tSource\t"
                + "Publication Date\tStory People\tStory Organizations\tStory Locations\tLanguage\tVersion";
        String row = String.join("\t", "p-1", "2023-02-16", "CONSULT", "visit", "1", "1", "", "Derek Chollet", "USA", "2",
                "GOV", "GOV", "Counselor", "Chollet", "", "Bilawal Bhutto Zardari", "Pakistan", "770", "GOV", "GOV",
                "Foreign Minister", "Bilawal", "", "Islamabad", "Islamabad", "", "", "Pakistan", "33.7", "73.1", "",
                "Islamabad", "", "Wire", "2023-02-16", "", "", "", "en", "1.0");
        String badDate = row.replace("p-1\t2023-02-16", "p-2\t16/02/2023");
        Path f = Files.write(dir.resolve("ngecEvents.20230217.txt"), List.of(header, row, badDate), StandardCharsets.UTF_8);
        try (EventStore s = EventStore.inMemory()) {
            ImportResult r = new Importer(s, ImportListener.NONE).importFile(f, "auto");
            assertThat(r.format()).isEqualTo("polecat");
            assertThat(r.imported()).isEqualTo(1);
            assertThat(r.rejects()).singleElement().satisfies(x -> {
                assertThat(x.line()).isEqualTo(3);
                assertThat(x.reason()).contains("bad date");
            });
            Event e = new Events(s).list(EventQuery.all()).get(0);
            assertThat(e.ploverType()).isEqualTo("CONSULT");
            assertThat(e.ploverMode()).isEqualTo("visit");
            assertThat(e.cameo()).isNull();
            assertThat(e.root()).isEqualTo("04");
            assertThat(e.quad()).isEqualTo(1);
            assertThat(e.source().code()).isEqualTo("USAGOV");
            assertThat(e.target().country()).isEqualTo("PAK");
            assertThat(e.location().country()).isEqualTo("PAK");
        }
    }
}
