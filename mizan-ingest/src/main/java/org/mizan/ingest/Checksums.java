package org.mizan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a file's bytes (the identity the import ledger knows a file by), in the same pass as a
 * {@link TextScan} of them.
 */
final class Checksums {

    private Checksums() {
    }

    static String sha256(Path path) throws IOException {
        return sha256(path, null);
    }

    /** The file's SHA-256; when {@code scan} is given, the file's bytes go to it too. */
    static String sha256(Path path, TextScan scan) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                if (scan != null) {
                    scan.add(buf, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static TextScan scan(InputStream in) throws IOException {
        TextScan scan = new TextScan();
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
            scan.add(buf, n);
        }
        return scan;
    }
}
