package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.store.Reject;

/**
 * Damaged copies of each real sample: every bad line is reported with its line number and reason, every
 * good line lands, and the counts reconcile. Also empty, binary and compressed inputs.
 */
class DamagedInputTest extends StoreAndImporter {

    @TempDir
    Path dir;

    /** The first 40 lines of a sample with damage at known lines (1-based, counting any header). */
    private Path damaged(Path sample, String name, String delimiter, int header) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(sample, StandardCharsets.UTF_8).subList(0, 40 + header));
        int t = 5 + header;
        int x = 9 + header;
        int d = 14 + header;
        lines.set(t - 1, String.join(delimiter, List.of(lines.get(t - 1).split(delimiter, -1)).subList(0, 6)));
        lines.set(x - 1, lines.get(x - 1) + delimiter + "extra");
        String[] f = lines.get(d - 1).split(delimiter, -1);
        f[1] = f[1].replaceAll("[0-9]", "X");
        lines.set(d - 1, String.join(delimiter, f));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 20 + header - 1) {
                out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
            }
            out.write(lines.get(i).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        Path p = dir.resolve(name);
        Files.write(p, out.toByteArray());
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gdelt2", "gdelt1", "icews", "mentions"})
    void goodRowsLandAndEachBadLineIsReported(String which) throws IOException {
        Path sample = switch (which) {
            case "gdelt2" -> SharedData.gdelt(SharedData.GDELT2);
            case "gdelt1" -> SharedData.gdelt(SharedData.GDELT1);
            case "icews" -> SharedData.icews();
            default -> SharedData.gdelt(SharedData.MENTIONS);
        };
        int header = which.equals("icews") || which.equals("mentions") ? 1 : 0;
        String delim = which.equals("mentions") ? "," : "\t";
        Path file = damaged(sample, which + "-damaged.txt", delim, header);

        ImportResult r = importer.importFile(file, which.equals("mentions") ? "gdelt2-mentions-csv" : which);

        assertThat(r.status()).as(String.valueOf(r.message())).isEqualTo(ImportResult.Status.DONE);
        assertThat(r.read()).isEqualTo(40);
        assertThat(r.rejected()).isEqualTo(4);
        assertThat(r.imported() + r.duplicates()).isEqualTo(36);
        assertThat(r.reconciles()).isTrue();
        List<Reject> rejects = r.rejects();
        assertThat(rejects).extracting(Reject::line).containsExactly(5L + header, 9L + header, 14L + header, 20L + header);
        assertThat(rejects.get(0).reason()).containsAnyOf("missing columns", "truncated");
        assertThat(rejects.get(1).reason()).contains("too many columns");
        assertThat(rejects.get(2).reason()).containsAnyOf("bad date", "bad number", "MentionTimeDate");
        assertThat(rejects.get(3).reason()).contains("encoding");
        assertThat(rejects).allSatisfy(x -> assertThat(x.file()).isEqualTo(file.toString()));
    }

    @Test
    void goodRowsAfterRejectedLinesKeepTheirOwnLineNumbers() throws IOException {
        Path file = damaged(SharedData.gdelt(SharedData.GDELT2), "lines.export.CSV", "\t", 0);
        importer.importFile(file, "auto");
        List<String> original = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        try (var s = store.connection().createStatement();
             var rs = s.executeQuery("SELECT line, original_id FROM events ORDER BY line")) {
            int n = 0;
            while (rs.next()) {
                String line = original.get(rs.getInt(1) - 1);
                assertThat(line).startsWith(rs.getString(2) + "\t");
                n++;
            }
            assertThat(n).isEqualTo(36);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void emptyFileIsReportedNotImported() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.export.CSV"));
        ImportResult r = importer.importFile(empty, "auto");
        assertThat(r.status()).isEqualTo(ImportResult.Status.EMPTY);
        assertThat(r.message()).contains("empty file");
        assertThat(r.reconciles()).isTrue();
    }

    @Test
    void binaryFileIsRefusedWithAMessage() throws IOException {
        Path bin = dir.resolve("blob.export.CSV");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[100] = 0;
        Files.write(bin, bytes);
        ImportResult r = importer.importFile(bin, "auto");
        assertThat(r.status()).isEqualTo(ImportResult.Status.FAILED);
        assertThat(r.message()).contains("binary content").contains("blob.export.CSV");
    }

    @Test
    void unknownLayoutAsksForAFormat() throws IOException {
        Path odd = Files.writeString(dir.resolve("notes.txt"), "just some notes\nnot a dataset\n");
        ImportResult r = importer.importFile(odd, "auto");
        assertThat(r.status()).isEqualTo(ImportResult.Status.FAILED);
        assertThat(r.message()).contains("--format");
    }

    @Test
    void zipAndGzipCopiesImportLikeThePlainFile() throws IOException {
        Path sample = SharedData.gdelt(SharedData.GDELT2);
        byte[] bytes = Files.readAllBytes(sample);
        Path zip = dir.resolve("20191024143000.export.CSV.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("20191024143000.export.CSV"));
            z.write(bytes);
            z.closeEntry();
        }
        Path gz = dir.resolve("20191024143000.export.CSV.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(bytes);
        }
        ImportResult fromZip = importer.importFile(zip, "auto");
        assertThat(fromZip.imported()).isEqualTo(2111);
        ImportResult fromGz = importer.importFile(gz, "auto");
        assertThat(fromGz.read()).isEqualTo(2111);
        assertThat(fromGz.duplicates()).isEqualTo(2111);
    }

    @Test
    void aDirectoryImportsEveryFileAndReportsEach() throws IOException {
        Files.copy(SharedData.gdelt(SharedData.GDELT2), dir.resolve("a.export.CSV"));
        Files.createFile(dir.resolve("b.export.CSV"));
        List<ImportResult> rs = importer.importAll(dir.toString(), "auto");
        assertThat(rs).hasSize(2);
        assertThat(rs.get(0).imported()).isEqualTo(2111);
        assertThat(rs.get(1).status()).isEqualTo(ImportResult.Status.EMPTY);
        List<ImportResult> glob = importer.importAll(dir + "/*.CSV", "auto");
        assertThat(glob).hasSize(2);
        assertThat(glob.get(0).status()).isEqualTo(ImportResult.Status.ALREADY_IMPORTED);
    }
}
