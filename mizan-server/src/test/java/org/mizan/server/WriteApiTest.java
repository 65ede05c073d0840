package org.mizan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The endpoints that take bodies: code, imports and models. */
class WriteApiTest {

    private static final String TEXT = "Pakistan and China signed an agreement on energy cooperation in Islamabad on Monday.";

    private final Http http = TestServers.http();

    @Test
    void codesPlainTextWithTheGivenDate() {
        JsonNode r = http.post("/api/code?date=2023-05-08", "text/plain", TEXT).json();
        assertThat(r.get("documents").asInt()).isEqualTo(1);
        assertThat(r.get("format").asText()).isEqualTo("text");
        JsonNode e = r.get("events").get(0);
        assertThat(e.get("date").asText()).isEqualTo("2023-05-08");
        assertThat(List.of(e.get("source").get("country").asText(), e.get("target").get("country").asText()))
                .containsExactlyInAnyOrder("PAK", "CHN");
        assertThat(e.get("provenance").get("evidence").asText()).isEqualTo(TEXT);
        assertThat(r.has("stored")).isFalse();
    }

    @Test
    void codesAnUploadedJsonlFileAndStoresItsEventsOnce() throws IOException {
        String jsonl = "{\"id\":\"srv-1\",\"date\":\"2023-06-01\",\"text\":\"" + TEXT.replace("Monday", "Thursday")
                + "\",\"url\":\"https://example.org/srv-1\",\"source\":\"Test Wire\"}\n";
        byte[] body = Http.multipart("b0undary", "srv.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        Http.Answer first = http.post("/api/code?store=true", "multipart/form-data; boundary=b0undary", body);
        assertThat(first.status()).isEqualTo(200);
        JsonNode r = first.json();
        assertThat(r.get("format").asText()).isEqualTo("jsonl");
        int n = r.get("events").size();
        assertThat(n).isPositive();
        assertThat(r.get("stored").get("added").asInt()).isEqualTo(n);
        String id = r.get("events").get(0).get("id").asText();
        assertThat(http.get("/api/events/" + id).json().get("provenance").get("url").asText())
                .isEqualTo("https://example.org/srv-1");
        JsonNode again = http.post("/api/code?store=true", "multipart/form-data; boundary=b0undary", body).json();
        assertThat(again.get("stored").get("added").asInt()).isZero();
        assertThat(again.get("stored").get("duplicates").asInt()).isEqualTo(n);
        assertThat(http.post("/api/code?date=soon", "text/plain", TEXT).error()).contains("'date'");
        assertThat(http.post("/api/code?in=pdf", "text/plain", TEXT).error()).contains("'in'");
    }

    @Test
    void importsAnUploadedDatasetInTheBackground() throws Exception {
        List<String> lines = Files.readAllLines(TestServers.GDELT, StandardCharsets.UTF_8);
        byte[] part = (String.join("\n", lines.subList(0, 100)) + "\n").getBytes(StandardCharsets.UTF_8);
        Http.Answer submitted = http.post("/api/imports?name=part.export.CSV", "application/octet-stream", part);
        assertThat(submitted.status()).isEqualTo(202);
        long id = submitted.json().get("id").asLong();
        JsonNode job = submitted.json();
        for (int i = 0; i < 600 && !job.get("status").asText().matches("done|failed"); i++) {
            Thread.sleep(100);
            job = http.get("/api/imports/" + id).json();
        }
        assertThat(job.get("status").asText()).isEqualTo("done");
        assertThat(job.get("percent").asDouble()).isEqualTo(100.0);
        JsonNode result = job.get("results").get(0);
        assertThat(result.get("format").asText()).isEqualTo("gdelt2");
        assertThat(result.get("file").asText()).isEqualTo("part.export.CSV");
        // The fixture already imported the whole file: every row is a duplicate, and the counts reconcile.
        assertThat(result.get("read").asLong()).isEqualTo(100);
        assertThat(result.get("imported").asLong()).isZero();
        assertThat(result.get("duplicates").asLong()).isEqualTo(100);
        assertThat(http.get("/api/imports/99999").status()).isEqualTo(404);
        assertThat(http.get("/api/imports/x").status()).isEqualTo(400);
        assertThat(http.post("/api/imports?name=../../etc/passwd", "application/octet-stream", part).error()).contains("'name'");
    }

    @Test
    void runsBdmOnTheEcEmissionsTable() throws IOException {
        String csv = Files.readString(TestServers.SHARED.resolve("data/models/bdm/EC_emissions_ExampleActors.csv"));
        JsonNode r = http.post("/api/models/bdm?rounds=10", "text/csv", csv).json();
        assertThat(r.get("model").asText()).isEqualTo("bdm");
        assertThat(r.get("rounds").asInt()).isBetween(1, 10);
        assertThat(r.get("tables").get("positions").get("columns").toString()).isEqualTo("[\"Round\",\"Actor\",\"Position\"]");
        assertThat(r.get("finalPositions").has("Belgium")).isTrue();
    }

    @Test
    void runsSmpOnKtabXmlAndCsv() throws IOException {
        String xml = Files.readString(TestServers.SHARED.resolve("data/models/ktab/dummyData_3Dim.xml"));
        JsonNode x = http.post("/api/models/smp?rounds=3", "application/xml", xml).json();
        assertThat(x.get("model").asText()).isEqualTo("smp");
        assertThat(x.get("dimensions").size()).isEqualTo(3);
        String csv = Files.readString(TestServers.SHARED.resolve("data/models/ktab/dummyData_3Dim.csv"));
        JsonNode c = http.post("/api/models/smp?rounds=3", "text/csv", csv).json();
        assertThat(c.get("actors").size()).isEqualTo(7);
        assertThat(c.get("actors")).isEqualTo(x.get("actors"));
        assertThat(http.post("/api/models/xyz", "text/csv", csv).status()).isEqualTo(404);
        assertThat(http.post("/api/models/bdm?rounds=-2", "text/csv", csv).error()).contains("'rounds'");
        assertThat(http.post("/api/models/bdm?params=a", "text/csv", csv).error()).contains("'params'");
        assertThat(http.post("/api/models/bdm", "text/csv", "nonsense").status()).isEqualTo(400);
        assertThat(http.post("/api/models/bdm", "text/csv", "").error()).contains("body");
    }
}
