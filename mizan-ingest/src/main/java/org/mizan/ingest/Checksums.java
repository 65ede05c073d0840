package org.mizan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
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
            while ((n = in.read(buf)) > 0 && !Thread.currentThread().isInterrupted()) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /**
     * Starts the file's SHA-256 and a {@link TextScan} of its (decompressed) {@code text}, each on a thread of
     * its own, so that an import can begin reading the file into the store meanwhile.
     */
    static Pending start(Path path, Callable<InputStream> text) {
        FutureTask<String> sha = new FutureTask<>(() -> sha256(path));
        FutureTask<TextScan> scan = new FutureTask<>(() -> {
            try (InputStream in = text.call()) {
                return scan(in);
            }
        });
        daemon(sha, "mizan-sha256");
        daemon(scan, "mizan-text-scan");
        return new Pending(path, sha, scan);
    }

    private static void daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    /** A file's SHA-256 and text scan being worked out; the getters wait for them. */
    record Pending(Path path, FutureTask<String> sha, FutureTask<TextScan> scan) {

        String sha256() {
            return await(sha);
        }

        TextScan textScan() {
            return await(scan);
        }

        /** Stops the work if it is still running (each loop checks between 64 KB blocks). */
        void cancel() {
            sha.cancel(true);
            scan.cancel(true);
        }

        private <T> T await(FutureTask<T> task) {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("interrupted while reading " + path, e));
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                throw new UncheckedIOException(c instanceof IOException io ? io : new IOException(c));
            }
        }
    }

    static TextScan scan(InputStream in) throws IOException {
        TextScan scan = new TextScan();
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0 && !Thread.currentThread().isInterrupted()) {
            scan.add(buf, n);
        }
        return scan;
    }
}
