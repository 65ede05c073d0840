package org.mizan.bench.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.mizan.bench.SyntheticEvents;
import org.mizan.store.EventStore;

/**
 * Load test of the REST API: a store of synthetic events (default 1,000,000: 40 countries weighted toward
 * a few big ones, 2015-2024, real CAMEO codes), a server on 127.0.0.1, and 100 concurrent clients (Java
 * HttpClient, one thread each) alternating {@code GET /api/balance} (PAK between USA and RUS over one
 * year, by month, 1000 bootstrap resamples) and {@code GET /api/events} (a random page of PAK's events).
 * Reports throughput and p50/p99 latency per endpoint, and errors.
 *
 * <p>Run: {@code bench/run.sh server.LoadBench [EVENTS] [CLIENTS] [SECONDS] [--url http://127.0.0.1:PORT]}.
 * Without {@code --url} the server is started in this process, which needs mizan-server on the
 * benchmark's classpath (it is loaded reflectively, so mizan-bench compiles without it); with
 * {@code --url} an already running {@code mizan serve} over a store of your choice is loaded instead
 * (loopback addresses only), and no synthetic store is made. Bounded: each client stops after
 * {@code SECONDS} (default 30) or 2,000 requests, whichever comes first.
 */
public final class LoadBench {

    private static final int MAX_PER_CLIENT = 2000;

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        URI url = null;
        int u = rest.indexOf("--url");
        if (u >= 0) {
            url = URI.create(rest.get(u + 1));
            rest.subList(u, u + 2).clear();
            if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("the load test only targets loopback addresses, not " + url.getHost());
            }
        }
        long events = rest.size() > 0 ? Long.parseLong(rest.get(0)) : 1_000_000L;
        int clients = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 100;
        int seconds = rest.size() > 2 ? Integer.parseInt(rest.get(2)) : 30;
        if (url != null) {
            load(url, clients, seconds);
            return;
        }
        Path db = Files.createTempFile("mizan-load-bench", ".duckdb");
        Files.delete(db);
        try {
            try (EventStore store = EventStore.open(db)) {
                long t0 = System.nanoTime();
                SyntheticEvents.fill(store, events);
                System.out.printf("generated %,d events in %.1f s%n", events, (System.nanoTime() - t0) / 1e9);
            }
            try (InProcessServer server = InProcessServer.start(db)) {
                load(server.uri(), clients, seconds);
            }
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
        }
    }

    static void load(URI base, int clients, int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ConcurrentLinkedQueue<Long> balance = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> page = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        // Warm the JIT, DuckDB's caches and the connections before measuring.
        for (int i = 0; i < 3; i++) {
            request(http, base.resolve(balancePath()), new ConcurrentLinkedQueue<>(), errors);
            request(http, base.resolve(eventsPath()), new ConcurrentLinkedQueue<>(), errors);
        }
        errors.set(0);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                for (int i = 0; i < MAX_PER_CLIENT && System.nanoTime() < deadline; i++) {
                    boolean b = (i + client) % 2 == 0;
                    request(http, base.resolve(b ? balancePath() : eventsPath()), b ? balance : page, errors);
                }
            }, "load-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%d clients for %.1f s against %s%n", clients, elapsed, base);
        report("GET /api/balance", balance, elapsed);
        report("GET /api/events", page, elapsed);
        System.out.printf("%-18s %,d requests, %.1f req/s in all; errors: %d%n", "total", balance.size() + page.size(),
                (balance.size() + page.size()) / elapsed, errors.get());
    }

    private static String balancePath() {
        return "/api/balance?focal=PAK&between=USA,RUS&from=2023-01-01&to=2023-12-31&by=month";
    }

    private static String eventsPath() {
        return "/api/events?country=PAK&limit=50&offset=" + ThreadLocalRandom.current().nextInt(0, 5000);
    }

    private static void request(HttpClient http, URI uri, ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                errors.incrementAndGet();
                return;
            }
            latencies.add(System.nanoTime() - t0);
        } catch (Exception e) {
            errors.incrementAndGet();
        }
    }

    private static void report(String what, ConcurrentLinkedQueue<Long> latencies, double elapsed) {
        long[] ns = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (ns.length == 0) {
            System.out.printf("%-18s no successful requests%n", what);
            return;
        }
        System.out.printf("%-18s %,d requests, %.1f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, ns.length,
                ns.length / elapsed, ns[(int) (ns.length * 0.50)] / 1e6, ns[Math.min(ns.length - 1, (int) (ns.length * 0.99))] / 1e6,
                ns[ns.length - 1] / 1e6);
    }
}
