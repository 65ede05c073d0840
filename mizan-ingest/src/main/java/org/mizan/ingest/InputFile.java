package org.mizan.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A dataset file as found on disk: plain, gzip ({@code .gz}) or zip ({@code .zip}, one member, as GDELT
 * serves them). Knows its checksum, its first lines (for format detection) and whether it looks binary, and
 * gives DuckDB a path it can read (a zip member is extracted to a temporary file).
 */
final class InputFile implements AutoCloseable {

    private static final int SAMPLE_BYTES = 64 * 1024;

    final Path path;
    final long bytes;
    final String sha256;
    final List<String> firstLines;
    final long nulOffset;
    /** Non-empty lines of the (decompressed) file, header included. */
    final long lines;
    private final TextScan scan;
    private Path readable;
    private boolean temporary;

    private InputFile(Path path, long bytes, String sha256, List<String> firstLines, long nulOffset, TextScan scan) {
        this.path = path;
        this.scan = scan;
        this.lines = scan.lines();
        this.bytes = bytes;
        this.sha256 = sha256;
        this.firstLines = firstLines;
        this.nulOffset = nulOffset;
    }

    static InputFile open(Path path) throws IOException {
        long bytes = Files.size(path);
        Checksums.Hashed hashed;
        try (InputStream in = decompressed(path)) {
            hashed = Checksums.hashAndScan(path, in);
        }
        byte[] head;
        try (InputStream in = decompressed(path)) {
            head = in.readNBytes(SAMPLE_BYTES);
        }
        long nul = -1;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                nul = i;
                break;
            }
        }
        List<String> sample = new ArrayList<>();
        String text = new String(head, StandardCharsets.UTF_8);
        for (String line : text.split("\r?\n", 6)) {
            if (sample.size() < 5 && !line.isEmpty()) {
                sample.add(line);
            }
        }
        return new InputFile(path, bytes, hashed.sha256(), sample, nul, hashed.scan());
    }

    /** Whether some field may start or end with a space (see {@link TextScan}); if not, trimming is a no-op. */
    boolean maybePadded(char delimiter, boolean quoted) {
        return scan.maybePadded(delimiter, quoted);
    }

    boolean isGzip() {
        return name().endsWith(".gz");
    }

    boolean isZip() {
        return name().endsWith(".zip");
    }

    String name() {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** A path DuckDB can read: the file itself, or its zip member extracted to a temporary file. */
    Path readable() throws IOException {
        if (readable != null) {
            return readable;
        }
        if (!isZip()) {
            readable = path;
            return readable;
        }
        Path tmp = Files.createTempFile("mizan-import-", ".csv");
        temporary = true;
        try (InputStream in = decompressed(path)) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        readable = tmp;
        return readable;
    }

    @Override
    public void close() throws IOException {
        if (temporary && readable != null) {
            Files.deleteIfExists(readable);
        }
    }

    private static InputStream decompressed(Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        if (name.endsWith(".gz")) {
            return new GZIPInputStream(raw, 1 << 16);
        }
        if (name.endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(raw);
            ZipEntry entry = zip.getNextEntry();
            while (entry != null && entry.isDirectory()) {
                entry = zip.getNextEntry();
            }
            if (entry == null) {
                zip.close();
                throw new IOException("the zip archive has no file in it");
            }
            return zip;
        }
        return raw;
    }
}
