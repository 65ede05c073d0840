package org.mizan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** SHA-256 of a file's bytes (the identity the import ledger knows a file by), and a {@link TextScan} of its text. */
final class Checksums {

    private Checksums() {
    }

    static String sha256(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /**
     * The file's SHA-256 and a {@link TextScan} of its (decompressed) text, on two threads: each takes about
     * as long as the other, and both come before the import can start.
     */
    static Hashed hashAndScan(Path path, InputStream text) throws IOException {
        FutureTask<String> sha = new FutureTask<>(() -> sha256(path));
        Thread t = new Thread(sha, "mizan-sha256");
        t.setDaemon(true);
        t.start();
        TextScan scan = scan(text);
        try {
            return new Hashed(sha.get(), scan);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing " + path, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    record Hashed(String sha256, TextScan scan) {
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
