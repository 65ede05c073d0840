package org.mizan.ingest;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.DoubleConsumer;
import org.duckdb.DuckDBPreparedStatement;

/** Runs a long DuckDB statement while a daemon thread reports its progress every 200 ms. */
final class ProgressWatch {

    private ProgressWatch() {
    }

    static void run(PreparedStatement ps, DoubleConsumer progress) throws SQLException {
        DuckDBPreparedStatement duck = ps.unwrap(DuckDBPreparedStatement.class);
        Thread watcher = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(200);
                    double p = duck.getQueryProgress().getPercentage();
                    if (p >= 0) {
                        progress.accept(Math.min(100, p));
                    }
                }
            } catch (InterruptedException | SQLException | RuntimeException e) {
                // the statement finished or failed; its own outcome is what matters
            }
        }, "mizan-import-progress");
        watcher.setDaemon(true);
        watcher.start();
        try {
            ps.execute();
        } finally {
            watcher.interrupt();
        }
        progress.accept(100);
    }
}
