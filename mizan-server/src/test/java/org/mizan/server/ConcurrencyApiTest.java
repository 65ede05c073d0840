package org.mizan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Concurrent GETs on the reader pool, while a write runs on the writer: every answer is complete and
 * equal to the same request made alone.
 */
class ConcurrencyApiTest {

    private final Http http = TestServers.http();

    @Test
    void concurrentReadsDuringAnImportAnswerAsSequentialOnes() throws Exception {
        List<String> paths = List.of("/api/balance?focal=PAK&between=USA,RUS&from=2023-01-01&to=2023-03-31&by=month",
                "/api/events?dataset=gdelt2&country=USA&limit=100&offset=20",
                "/api/dyads?a=USA&b=RUS&dataset=gdelt2&by=day",
                "/api/network?dataset=gdelt2");
        List<String> expected = paths.stream().map(p -> http.get(p).body()).toList();
        byte[] part = (String.join("\n", Files.readAllLines(TestServers.GDELT, StandardCharsets.UTF_8).subList(200, 400))
                + "\n").getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Http.Answer>> answers = new ArrayList<>();
            Future<Http.Answer> write = pool.submit(() ->
                    http.post("/api/imports?name=again.export.CSV", "application/octet-stream", part));
            for (int i = 0; i < 48; i++) {
                String p = paths.get(i % paths.size());
                answers.add(pool.submit(() -> http.get(p)));
            }
            assertThat(write.get().status()).isEqualTo(202);
            for (int i = 0; i < answers.size(); i++) {
                Http.Answer a = answers.get(i).get();
                assertThat(a.status()).isEqualTo(200);
                // The import adds only rows the store already holds, so every answer stays the same.
                assertThat(a.body()).as(paths.get(i % paths.size())).isEqualTo(expected.get(i % paths.size()));
            }
        } finally {
            pool.shutdown();
        }
    }
}
