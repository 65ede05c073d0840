package org.mizan.store;

import java.time.LocalDateTime;

/**
 * One row of the import ledger: a file imported as one batch, with counts that reconcile
 * ({@code read = imported + duplicates + rejected}).
 */
public record ImportRecord(long batch, String file, String sha256, long bytes, String format,
                           LocalDateTime started, LocalDateTime finished,
                           long read, long imported, long duplicates, long rejected, String status) {

    public boolean reconciles() {
        return read == imported + duplicates + rejected;
    }
}
