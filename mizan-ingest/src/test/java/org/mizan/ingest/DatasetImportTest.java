package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.core.event.Event;
import org.mizan.store.EventQuery;
import org.mizan.store.Events;

/** Imports of the real dataset samples in ../shared, with counts checked against the files themselves. */
class DatasetImportTest extends StoreAndImporter {


    @Test
    void gdelt2ExportImportsEveryRowAndCountriesMatchTheFile() throws IOException {
        Path file = SharedData.gdelt(SharedData.GDELT2);
        ImportResult r = importer.importFile(file, "auto");

        assertThat(r.status()).as(String.valueOf(r.message())).isEqualTo(ImportResult.Status.DONE);
        assertThat(r.format()).isEqualTo("gdelt2");
        assertThat(r.read()).isEqualTo(2111);
        assertThat(r.imported()).isEqualTo(2111);
        assertThat(r.rejected()).isZero();
        Events events = new Events(store);
        for (String country : List.of("PAK", "USA", "RUS", "CHN", "IND")) {
            assertThat(events.count(byCountry(country))).as(country).isEqualTo(rowsWithCountry(file, country));
        }
        assertThat(rowsWithCountry(file, "PAK")).isEqualTo(24);
        assertThat(rowsWithCountry(file, "USA")).isEqualTo(621);
        assertThat(rowsWithCountry(file, "RUS")).isEqualTo(91);
        assertThat(rowsWithCountry(file, "CHN")).isEqualTo(65);
        assertThat(rowsWithCountry(file, "IND")).isEqualTo(26);
    }

    @Test
    void reimportingTheSameFileAddsNothing() {
        Path file = SharedData.gdelt(SharedData.GDELT2);
        importer.importFile(file, "auto");
        ImportResult again = importer.importFile(file, "auto");

        assertThat(again.status()).isEqualTo(ImportResult.Status.ALREADY_IMPORTED);
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(2111);
        assertThat(again.reconciles()).isTrue();
        assertThat(new Events(store).count(EventQuery.all())).isEqualTo(2111);
    }

    @Test
    void aCopyWithOtherBytesButTheSameEventsCountsThemAsDuplicates() throws IOException {
        Path file = SharedData.gdelt(SharedData.GDELT2);
        importer.importFile(file, "auto");
        Path copy = Files.createTempFile("mizan-copy", ".export.CSV");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.write(copy, lines.subList(0, 500), StandardCharsets.UTF_8);

        ImportResult r = importer.importFile(copy, "auto");

        assertThat(r.read()).isEqualTo(500);
        assertThat(r.imported()).isZero();
        assertThat(r.duplicates()).isEqualTo(500);
        Files.delete(copy);
    }

    @Test
    void gdelt1MixedFileImportsBothVariants() {
        ImportResult r = importer.importFile(SharedData.gdelt(SharedData.GDELT1), "auto");

        assertThat(r.format()).isEqualTo("gdelt1");
        assertThat(r.read()).isEqualTo(710);
        assertThat(r.imported()).isEqualTo(710);
        Events events = new Events(store);
        List<Event> historical = events.list(new EventQuery(null, null, null, null, false, null,
                java.time.LocalDate.of(1990, 1, 1), null, null, null, false, null, null));
        assertThat(historical).hasSize(201).allSatisfy(e -> assertThat(e.provenance().url()).isNull());
        assertThat(events.count(new EventQuery(null, null, null, null, false, java.time.LocalDate.of(2000, 1, 1),
                null, null, null, null, false, null, null))).isEqualTo(509);
    }

    @Test
    void icewsSampleMapsCountryNamesToIso3() {
        ImportResult r = importer.importFile(SharedData.icews(), "auto");

        assertThat(r.format()).isEqualTo("icews");
        assertThat(r.read()).isEqualTo(3705);
        assertThat(r.imported()).isEqualTo(3705);
        List<Event> all = new Events(store).list(EventQuery.all());
        assertThat(all).extracting(e -> e.source() == null ? null : e.source().country())
                .filteredOn(c -> c != null).allSatisfy(c -> assertThat(c).matches("[A-Z]{3}"));
        Event first = all.stream().filter(e -> e.provenance().originalId().equals("32889836")).findFirst().orElseThrow();
        assertThat(first.source().code()).isEqualTo("BGDGOV");
        assertThat(first.target().code()).isEqualTo("VNMMIL");
        assertThat(first.target().roles()).containsExactly("MIL", "GOV");
        assertThat(first.cameo()).isEqualTo("040");
        assertThat(first.quad()).isEqualTo(1);
        assertThat(first.location().country()).isEqualTo("VNM");
        assertThat(first.provenance().line()).isEqualTo(2L);
        assertThat(new Events(store).count(byCountry("RUS"))).isPositive();
    }

    @Test
    void mentionsInTheCommaFormLand() {
        ImportResult r = importer.importFile(SharedData.gdelt(SharedData.MENTIONS), "auto");

        assertThat(r.format()).isEqualTo("gdelt2-mentions-csv");
        assertThat(r.read()).isEqualTo(1635);
        assertThat(r.imported()).isEqualTo(1635);
        assertThat(r.reconciles()).isTrue();
    }

    private static EventQuery byCountry(String c) {
        return new EventQuery(null, c, null, null, false, null, null, null, null, null, false, null, null);
    }

    /** Rows whose Actor1CountryCode or Actor2CountryCode is {@code country}, read straight from the file. */
    static long rowsWithCountry(Path file, String country) throws IOException {
        Set<Integer> fields = Set.of(7, 17);
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(l -> l.split("\t", -1))
                .filter(f -> fields.stream().anyMatch(i -> f[i].equals(country)))
                .count();
    }
}
