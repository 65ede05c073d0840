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
import org.mizan.ingest.format.GdeltEventFormats;
import org.mizan.store.Reject;

/**
 * The parallel path (row-local formats such as GDELT), which numbers rows from their append order: lines
 * stay true when the reader rejects lines or the file repeats an id, and padded fields are still trimmed.
 */
class ParallelPathTest extends StoreAndImporter {

    @TempDir
    Path dir;

    private static List<String> sample(int n) throws IOException {
        return new ArrayList<>(Files.readAllLines(SharedData.gdelt(SharedData.GDELT2), StandardCharsets.UTF_8)
                .subList(0, n));
    }

    @Test
    void readerRejectsAndRepeatsKeepEveryRowOnItsLine() throws IOException, SQLException {
        List<String> lines = sample(200);
        lines.set(4, String.join("\t", List.of(lines.get(4).split("\t", -1)).subList(0, 6)));
        lines.set(8, lines.get(8) + "\textra");
        lines.add(lines.get(2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 19) {
                out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
            }
            out.write(lines.get(i).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        Path file = Files.write(dir.resolve("reader.export.CSV"), out.toByteArray());

        ImportResult r = importer.importFile(file, "gdelt2");

        assertThat(r.status()).as(String.valueOf(r.message())).isEqualTo(ImportResult.Status.DONE);
        assertThat(r.read()).isEqualTo(201);
        assertThat(r.rejected()).isEqualTo(3);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.imported()).isEqualTo(197);
        assertThat(r.rejects()).extracting(Reject::line).containsExactly(5L, 9L, 20L);
        List<String> original = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        try (var s = store.connection().createStatement();
             var rs = s.executeQuery("SELECT line, original_id FROM events ORDER BY line")) {
            int n = 0;
            while (rs.next()) {
                assertThat(rs.getLong(1)).isLessThan(201);
                assertThat(original.get(rs.getInt(1) - 1)).startsWith(rs.getString(2) + "\t");
                n++;
            }
            assertThat(n).isEqualTo(197);
        }
    }

    @Test
    void paddedFieldsAreTrimmedAsBefore() throws IOException, SQLException {
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
    void rowLocalLookupsAgreeWithTheReferenceTables() throws SQLException {
        ImportResult r = importer.importFile(SharedData.gdelt(SharedData.GDELT2), "gdelt2");
        assertThat(r.imported()).isEqualTo(2111);
        ReferenceTables.ensure(store.connection());
        try (var s = store.connection().createStatement();
             var rs = s.executeQuery("SELECT count(*), count(e.plover_type), count(e.loc_country),"
                     + " count(*) FILTER (WHERE e.plover_type IS DISTINCT FROM k.plover_type"
                     + " OR e.plover_mode IS DISTINCT FROM k.plover_mode) FROM events e"
                     + " LEFT JOIN cameo_codes k ON k.code = e.cameo")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(2111);
            assertThat(rs.getLong(2)).isPositive();
            assertThat(rs.getLong(3)).isPositive();
            assertThat(rs.getLong(4)).isZero();
        }
    }
}
