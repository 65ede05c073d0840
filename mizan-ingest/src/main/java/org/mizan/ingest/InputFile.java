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
 * serves them). Knows its first lines (for format detection) and whether it looks binary at once, its checksum
 * and line count once the threads started by {@link #open} have read it, and gives DuckDB a path it can read
 * (a zip member is extracted to a temporary file).
 */
final class InputFile implements AutoCloseable {

    private static final int SAMPLE_BYTES = 64 * 1024;

    final Path path;
    final long bytes;
    final List<String> firstLines;
    final long nulOffset;
    private final Checksums.Pending pending;
    private Path readable;
    private boolean temporary;

    private InputFile(Path path, long bytes, List<String> firstLines, long nulOffset, Checksums.Pending pending) {
        this.path = path;
        this.pending = pending;
        this.bytes = bytes;
        this.firstLines = firstLines;
        this.nulOffset = nulOffset;
    }

    /** Opens a file: reads its first lines now, and starts hashing and scanning it on two threads. */
    static InputFile open(Path path) throws IOException {
        long bytes = Files.size(path);
        Checksums.Pending pending = Checksums.start(path, () -> decompressed(path));
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
        return new InputFile(path, bytes, sample, nul, pending);
    }

    /** The SHA-256 of the file's bytes; waits for the hashing thread. */
    String sha256() {
        return pending.sha256();
    }

    /** Non-empty lines of the (decompressed) file, header included; waits for the scan. */
    long lines() {
        return pending.textScan().lines();
    }

    /** Whether the scan has finished, so that {@link #maybePadded} answers without waiting. */
    boolean scanned() {
        return pending.scan().isDone();
    }

    /** Whether some field may start or end with a space (see {@link TextScan}); if not, trimming is a no-op. */
    boolean maybePadded(char delimiter, boolean quoted) {
        return pending.textScan().maybePadded(delimiter, quoted);
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
        pending.cancel();
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
