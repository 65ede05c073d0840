package org.mizan.ingest;

/** Times the steps of an import and prints them to stderr when MIZAN_PROFILE is set; silent otherwise. */
final class Steps {

    private static final boolean ON = System.getenv("MIZAN_PROFILE") != null;
    private long last = System.nanoTime();

    void done(String step) {
        long now = System.nanoTime();
        if (ON) {
            System.err.printf(java.util.Locale.ROOT, "mizan import: %-8s %8.3f s%n", step, (now - last) / 1e9);
        }
        last = now;
    }
}
