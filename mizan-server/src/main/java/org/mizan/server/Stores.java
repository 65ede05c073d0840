package org.mizan.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.mizan.store.EventStore;

/**
 * The server's handles on one store file: one writer and a small pool of readers.
 *
 * <p>DuckDB allows one writer; within one process, every {@link EventStore#open} of the same file shares
 * one database instance, so each reader here is its own connection to the same data and sees every
 * committed write. Writes (imports, stored text) take the writer under a lock, one at a time; reads
 * borrow a reader, so concurrent GETs run in parallel and never wait for an import. A read that cannot
 * get a reader within {@link #WAIT_SECONDS} fails with 503 rather than queueing without bound.
 */
public final class Stores implements AutoCloseable {

    static final int WAIT_SECONDS = 30;

    private final EventStore writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<EventStore> readers;
    private final List<EventStore> all = new ArrayList<>();

    public Stores(Path db, int readerCount) {
        this.writer = EventStore.open(db);
        all.add(writer);
        this.readers = new ArrayBlockingQueue<>(readerCount);
        for (int i = 0; i < readerCount; i++) {
            EventStore r = EventStore.open(db);
            all.add(r);
            readers.add(r);
        }
    }

    /** Runs {@code job} on a reader connection of its own. */
    public <T> T read(Function<EventStore, T> job) {
        EventStore s;
        try {
            s = readers.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted while waiting for the store");
        }
        if (s == null) {
            throw new ApiException(503, "the store is busy; try again");
        }
        try {
            return job.apply(s);
        } finally {
            readers.add(s);
        }
    }

    /** Runs {@code job} on the writer, after any write already running. */
    public <T> T write(Function<EventStore, T> job) {
        writeLock.lock();
        try {
            return job.apply(writer);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            for (EventStore s : all) {
                s.close();
            }
        } finally {
            writeLock.unlock();
        }
    }
}
