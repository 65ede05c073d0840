package org.mizan.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.mizan.ingest.ImportListener;
import org.mizan.ingest.ImportResult;
import org.mizan.ingest.Importer;

/**
 * Imports running in the background, one at a time (DuckDB has one writer), each visible by id with its
 * progress while it runs and its {@link ImportResult}s when done. The uploaded temporary copy is deleted
 * when the import ends. Jobs are kept in memory for the life of the server.
 */
final class ImportJobs implements AutoCloseable {

    /** One import's state; {@code percent} and {@code status} change while it runs. */
    static final class Job implements ImportListener {
        final long id;
        final String name;
        final LocalDateTime submitted = LocalDateTime.now();
        volatile String status = "queued";
        volatile double percent;
        volatile String message;
        volatile String temp = "";
        final List<ImportResult> results = java.util.Collections.synchronizedList(new ArrayList<>());

        Job(long id, String name) {
            this.id = id;
            this.name = name;
        }

        @Override
        public void progress(Path file, double p) {
            percent = p;
        }

        @Override
        public void fileDone(ImportResult r) {
            results.add(r);
        }

        Map<String, Object> view() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("file", name);
            m.put("submitted", submitted);
            m.put("status", status);
            m.put("percent", percent);
            m.put("message", message);
            List<Object> shown = new ArrayList<>();
            synchronized (results) {
                for (ImportResult r : results) {
                    // The importer read a temporary copy; the client knows the file by its own name.
                    Map<String, Object> rm = Json.MAPPER.convertValue(r, new com.fasterxml.jackson.core.type.TypeReference<>() { });
                    rm.put("file", name);
                    if (r.message() != null) {
                        rm.put("message", r.message().replace(temp, name));
                    }
                    shown.add(rm);
                }
            }
            m.put("results", shown);
            return m;
        }
    }

    private final Stores stores;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mizan-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    ImportJobs(Stores stores) {
        this.stores = stores;
    }

    /** Queues an import of {@code file} (a temporary copy, deleted afterwards) and returns its job. */
    Job submit(Path file, String name, String format) {
        Job job = new Job(ids.incrementAndGet(), name);
        job.temp = file.toString();
        jobs.put(job.id, job);
        executor.submit(() -> run(job, file, format));
        return job;
    }

    Job get(long id) {
        return jobs.get(id);
    }

    private void run(Job job, Path file, String format) {
        job.status = "running";
        try {
            ImportResult r = stores.write(s -> new Importer(s, job).importFile(file, format));
            job.results.clear();
            job.results.add(r);
            job.percent = 100;
            job.message = r.message() == null ? null : r.message().replace(file.toString(), job.name);
            job.status = r.status() == ImportResult.Status.FAILED ? "failed" : "done";
        } catch (RuntimeException e) {
            job.message = "import failed: " + e.getMessage();
            job.status = "failed";
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (java.io.IOException ignored) {
                // a temporary file the OS will clean up
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
