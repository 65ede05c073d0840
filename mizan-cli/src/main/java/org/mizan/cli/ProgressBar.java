package org.mizan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.mizan.ingest.ImportListener;
import org.mizan.ingest.ImportResult;

/**
 * A one-line progress bar on stderr for imports; silent when stderr is not a terminal except for one line
 * per finished file, so logs stay readable.
 */
final class ProgressBar implements ImportListener {

    private final PrintStream err;
    private final boolean tty;
    private String label = "";

    ProgressBar(PrintStream err) {
        this.err = err;
        this.tty = System.console() != null;
    }

    @Override
    public void fileStarted(Path file, int index, int total, long bytes) {
        label = "[" + index + "/" + total + "] " + file.getFileName();
        if (tty) {
            draw(0);
        }
    }

    @Override
    public void progress(Path file, double percent) {
        if (tty) {
            draw(percent);
        }
    }

    @Override
    public void fileDone(ImportResult r) {
        if (tty) {
            err.print("\r\033[K");
        }
        err.println(label + ": " + r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (r.status() == ImportResult.Status.FAILED ? "" : ", " + r.imported() + " imported"));
    }

    private void draw(double percent) {
        int width = 30;
        int filled = (int) Math.round(percent / 100 * width);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                + String.format(java.util.Locale.ROOT, "%5.1f%%", percent));
        err.flush();
    }
}
