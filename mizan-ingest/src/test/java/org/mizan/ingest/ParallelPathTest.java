package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.core.cameo.CameoEventType;
import org.mizan.core.cameo.CameoOntology;
import org.mizan.ingest.format.Formats;
import org.mizan.ingest.format.GdeltEventFormats;
import org.mizan.ingest.format.IcewsFormat;
import org.mizan.store.ImportLedger;
import org.mizan.store.ImportRecord;
import org.mizan.store.Reject;

/**
 * The parallel path (row-local formats such as GDELT), which numbers rows from their append order: lines
 * stay true when the reader rejects lines or the file repeats an id, when they are written in a second
 * transaction, and when an interrupted import left that transaction to the next; padded fields are still
 * trimmed.
 */
class ParallelPathTest extends StoreAndImporter {

    @TempDir
    Path dir;

    private static List<String> sample(int n) throws IOException {
        return new ArrayList<>(Files.readAllLines(SharedData.gdelt(SharedData.GDELT2), StandardCharsets.UTF_8)
                .subList(0, n));
    }

    /** 200 sample rows with reader rejects on lines 5, 9 and 20 (and, if {@code repeat}, line 3 again at the end). */
    private Path damaged(String name, boolean repeat) throws IOException {
        List<String> lines = sample(200);
        lines.set(4, String.join("\t", List.of(lines.get(4).split("\t", -1)).subList(0, 6)));
        lines.set(8, lines.get(8) + "\textra");
        if (repeat) {
            lines.add(lines.get(2));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 19) {
                out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
            }
            out.write(lines.get(i).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    @Test
    void readerRejectsAndRepeatsKeepEveryRowOnItsLine() throws IOException, SQLException {
        Path file = damaged("reader.export.CSV", true);

        ImportResult r = importer.importFile(file, "gdelt2");

        assertThat(r.status()).as(String.valueOf(r.message())).isEqualTo(ImportResult.Status.DONE);
        assertThat(r.read()).isEqualTo(201);
        assertThat(r.rejected()).isEqualTo(3);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.imported()).isEqualTo(197);
        assertThat(r.rejects()).extracting(Reject::line).containsExactly(5L, 9L, 20L);
        assertEveryRowOnItsLine(file, 197);
    }

    @Test
    void linesWrittenInASecondTransactionAreTrue() throws IOException, SQLException {
        Path file = damaged("second.export.CSV", false);

        ImportResult r = importer.importFile(file, "gdelt2");

        assertThat(r.message()).isEqualTo(file + ": 3 rows rejected");
        assertThat(r.imported()).isEqualTo(197);
        assertThat(new ImportLedger(store).all()).extracting(ImportRecord::status).containsExactly(ImportLedger.DONE);
        assertEveryRowOnItsLine(file, 197);
    }

    @Test
    void linesAnInterruptedImportLeftUnwrittenAreWrittenByTheNextImport() throws IOException, SQLException {
        Path file = damaged("interrupted.export.CSV", false);
        long batch = importer.importFile(file, "gdelt2").batch();
        // As if the process had stopped between the import's two transactions.
        try (var s = store.connection().createStatement()) {
            s.execute("UPDATE events SET line = NULL WHERE batch = " + batch);
            s.execute("UPDATE imports SET status = '" + ImportLedger.LINES + "' WHERE batch = " + batch);
        }
        ImportLedger ledger = new ImportLedger(store);
        assertThat(ledger.findDone(ledger.all().get(0).sha256())).as("its events are all stored").isPresent();

        ImportResult again = new Importer(store, ImportListener.NONE).importFile(file, "gdelt2");

        assertThat(again.status()).isEqualTo(ImportResult.Status.ALREADY_IMPORTED);
        assertThat(ledger.awaitingLines()).isEmpty();
        assertEveryRowOnItsLine(file, 197);
    }

    private void assertEveryRowOnItsLine(Path file, int rows) throws IOException, SQLException {
        List<String> original = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        try (var s = store.connection().createStatement();
             var rs = s.executeQuery("SELECT line, original_id FROM events ORDER BY line")) {
            int n = 0;
            while (rs.next()) {
                assertThat(rs.getObject(1)).isNotNull();
                assertThat(rs.getLong(1)).isLessThanOrEqualTo(original.size());
                assertThat(original.get(rs.getInt(1) - 1)).startsWith(rs.getString(2) + "\t");
                n++;
            }
            assertThat(n).isEqualTo(rows);
        }
    }

    @Test
    void paddedFieldsAreTrimmedAsBefore() throws IOException, SQLException {
        assertPaddedFileTrimmed(importer);
    }

    @Test
    void aScanThatSeesPaddingOnlyAfterTheInsertStartsItAgainTrimming() throws IOException, SQLException {
        assertPaddedFileTrimmed(new Importer(store, ImportListener.NONE, false));
        assertThat(new ImportLedger(store).all()).hasSize(1);
    }

    private void assertPaddedFileTrimmed(Importer importer) throws IOException, SQLException {
        List<String> cols = GdeltEventFormats.GDELT2.columns();
        List<String> lines = sample(30);
        String[] f = lines.get(0).split("\t", -1);
        String code = f[cols.indexOf("EventCode")];
        String place = f[cols.indexOf("ActionGeo_FullName")];
        f[cols.indexOf("EventCode")] = " " + f[cols.indexOf("EventCode")] + " ";
        f[cols.indexOf("ActionGeo_FullName")] = f[cols.indexOf("ActionGeo_FullName")] + "\u00A0";
        f[cols.indexOf("Actor1Name")] = "  ";
        lines.set(0, String.join("\t", f));
        Path file = Files.write(dir.resolve("padded.export.CSV"), lines, StandardCharsets.UTF_8);

        ImportResult r = importer.importFile(file, "gdelt2");

        assertThat(r.imported()).as(String.valueOf(r.message())).isEqualTo(30);
        try (var s = store.connection().createStatement();
             var rs = s.executeQuery("SELECT cameo, loc_name, src_name, plover_type FROM events WHERE line = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(code);
            assertThat(rs.getString(2)).isEqualTo(place);
            assertThat(rs.getString(4)).isNotNull();
            assertThat(rs.getString(3)).isNull();
        }
    }

    @Test
    void rowLocalLookupsAgreeWithTheOntology() throws SQLException {
        ImportResult r = importer.importFile(SharedData.gdelt(SharedData.GDELT2), "gdelt2");
        assertThat(r.imported()).isEqualTo(2111);
        int checked = 0;
        try (var s = store.connection().createStatement();
             var rs = s.executeQuery("SELECT cameo, plover_type, plover_mode, loc_country FROM events")) {
            while (rs.next()) {
                CameoEventType t = CameoOntology.get().find(rs.getString(1)).orElseThrow();
                assertThat(rs.getString(2)).isEqualTo(t.ploverType());
                assertThat(rs.getString(3)).isEqualTo(t.ploverMode());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(2111);
    }

    @Test
    void everyFormatTakesTheParallelPath() {
        assertThat(Formats.ALL).allSatisfy(f -> assertThat(StagingSql.rowLocal(f)).as(f.name()).isTrue());
    }

    @Test
    void icewsSectorsAndCountryNamesAreLookedUpRowByRow() throws IOException, SQLException {
        String header = String.join("\t", IcewsFormat.ICEWS.columns());
        String row = String.join("\t", "7", "2018-03-01", "Army of Russia", "Government,Military,Army,Unknown Sector",
                "Russian Federation", "Make statement", "010", "0", "Cabinet", "Executive,Cabinet", "ukraine",
                "s1", "1", "Pub", "Kyiv", "", "Kyiv", "Ukraine", "50.45", "30.52");
        String none = row.replace("Government,Military,Army,Unknown Sector", "Unknown Sector")
                .replace("Russian Federation", "Atlantis").replaceFirst("^7", "8");
        Path file = Files.write(dir.resolve("sectors.tab"), List.of(header, row, none), StandardCharsets.UTF_8);

        ImportResult r = importer.importFile(file, "icews");

        assertThat(r.imported()).as(String.valueOf(r.message())).isEqualTo(2);
        try (var s = store.connection().createStatement();
             var rs = s.executeQuery("SELECT src_country, src_roles, src_code, tgt_country, tgt_roles, quad, line"
                     + " FROM events ORDER BY line")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("RUS");
            assertThat(List.of((Object[]) rs.getArray(2).getArray())).containsExactly("MIL", "GOV");
            assertThat(rs.getString(3)).isEqualTo("RUSMIL");
            assertThat(rs.getString(4)).isEqualTo("UKR");
            assertThat(List.of((Object[]) rs.getArray(5).getArray())).containsExactly("GOV");
            assertThat(rs.getInt(6)).isEqualTo(1);
            assertThat(rs.getLong(7)).isEqualTo(2);
            rs.next();
            assertThat(rs.getString(1)).isNull();
            assertThat(rs.getArray(2).getArray()).isEqualTo(new Object[0]);
            assertThat(rs.getString(3)).isNull();
            assertThat(rs.getLong(7)).isEqualTo(3);
        }
    }
}
