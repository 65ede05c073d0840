package org.mizan.ingest;

import java.util.List;
import org.mizan.store.Reject;

/**
 * What importing one file did. Counts reconcile: {@code read = imported + duplicates + rejected}.
 *
 * @param file       the file as named
 * @param format     the format used, or null when it could not be told
 * @param batch      the ledger batch, or null when nothing was recorded
 * @param read       rows read (lines, less any header)
 * @param imported   rows added to the store
 * @param duplicates rows the store already held (or repeated within the file)
 * @param rejected   rows that could not be imported; see {@code rejects}
 * @param status     DONE, ALREADY_IMPORTED, EMPTY or FAILED
 * @param message    a sentence for the user when status is not DONE
 * @param rejects    the first rejected rows with line and reason
 */
public record ImportResult(String file, String format, Long batch, long read, long imported, long duplicates,
                           long rejected, Status status, String message, List<Reject> rejects) {

    public enum Status { DONE, ALREADY_IMPORTED, EMPTY, FAILED }

    public ImportResult {
        rejects = rejects == null ? List.of() : List.copyOf(rejects);
    }

    static ImportResult failed(String file, String format, String message) {
        return new ImportResult(file, format, null, 0, 0, 0, 0, Status.FAILED, message, List.of());
    }

    public boolean reconciles() {
        return read == imported + duplicates + rejected;
    }
}
