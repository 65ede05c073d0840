package org.mizan.ingest;

import java.lang.management.ManagementFactory;

/**
 * Times the steps of an import and prints them to stderr when MIZAN_PROFILE is set; silent otherwise.
 * Prints the process's CPU time too (DuckDB's threads included), which other jobs disturb far less.
 */
final class Steps {

    private static final boolean ON = System.getenv("MIZAN_PROFILE") != null;
    private long last = System.nanoTime();
    private long lastCpu = cpu();

    void done(String step) {
        long now = System.nanoTime();
        long cpu = cpu();
        if (ON) {
            System.err.printf(java.util.Locale.ROOT, "mizan import: %-8s %8.3f s %8.3f s CPU%n", step,
                    (now - last) / 1e9, (cpu - lastCpu) / 1e9);
        }
        last = now;
        lastCpu = cpu;
    }

    private static long cpu() {
        if (!ON) {
            return 0;
        }
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
