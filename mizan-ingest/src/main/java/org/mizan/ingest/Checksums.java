package org.mizan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a file's bytes (the identity the import ledger knows a file by) and, in the same pass, the
 * number of non-empty lines, which lets an import check its counts without a second scan.
 */
final class Checksums {

    private Checksums() {
    }

    static String sha256(Path path) throws IOException {
        return sha256(path, null);
    }

    /** The file's SHA-256; when {@code lines} is given, its non-empty line count goes to lines[0]. */
    static String sha256(Path path, long[] lines) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            LineCounter counter = new LineCounter();
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                if (lines != null) {
                    counter.add(buf, n);
                }
            }
            if (lines != null) {
                lines[0] = counter.total();
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static long countLines(InputStream in) throws IOException {
        LineCounter counter = new LineCounter();
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
            counter.add(buf, n);
        }
        return counter.total();
    }

    /** Counts lines with at least one byte other than CR, as DuckDB's reader skips empty ones. */
    private static final class LineCounter {
        private long lines;
        private boolean content;

        void add(byte[] b, int n) {
            for (int i = 0; i < n; i++) {
                byte x = b[i];
                if (x == '\n') {
                    if (content) {
                        lines++;
                    }
                    content = false;
                } else if (x != '\r') {
                    content = true;
                }
            }
        }

        long total() {
            return lines + (content ? 1 : 0);
        }
    }
}
