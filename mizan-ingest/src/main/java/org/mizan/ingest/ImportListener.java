package org.mizan.ingest;

import java.nio.file.Path;

/** Hears how an import goes, for progress bars; every method has a do-nothing default. */
public interface ImportListener {

    ImportListener NONE = new ImportListener() { };

    default void fileStarted(Path file, int index, int total, long bytes) {
    }

    /** Called now and then while a file is read; {@code percent} is in [0, 100]. */
    default void progress(Path file, double percent) {
    }

    default void fileDone(ImportResult result) {
    }
}
