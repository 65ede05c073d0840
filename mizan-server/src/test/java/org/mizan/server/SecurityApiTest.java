package org.mizan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The security model: loopback by default, a token for exposed servers and their write endpoints, body
 * limits, JSON errors for unknown routes, and an OpenAPI description that lists exactly the routes.
 */
class SecurityApiTest {

    private static MizanServer guarded;
    private static Http g;

    @BeforeAll
    static void start() {
        // Exposed as if bound to a public address, but on 127.0.0.1; small limits to test 413 cheaply.
        guarded = TestServers.start(c -> c.withToken("s3cret-token", true).withLimits(1024, 4096));
        g = new Http(guarded.uri());
    }

    @AfterAll
    static void stop() {
        guarded.close();
    }

    @Test
    void anExposedServerNeedsAToken() {
        Path db = Path.of("target/none.duckdb");
        assertThatThrownBy(() -> new ServerConfig(db, "0.0.0.0", 0, null, false, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token");
        assertThatThrownBy(() -> ServerConfig.of(db, 0).withToken(null, true)).hasMessageContaining("--token");
        assertThat(ServerConfig.of(db, 0).host()).isEqualTo("127.0.0.1");
        assertThat(ServerConfig.of(db, 0).exposed()).isFalse();
        assertThat(new ServerConfig(db, "0.0.0.0", 0, "t", false, 1, 1, 1).exposed()).isTrue();
    }

    @Test
    void writesNeedTheBearerTokenReadsDoNot() {
        String text = "Pakistan and China signed an agreement on energy cooperation.";
        Http.Answer none = g.post("/api/code", "text/plain", text);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.error()).contains("Bearer");
        assertThat(g.post("/api/code", "text/plain", text, "Authorization", "Bearer wrong").status()).isEqualTo(401);
        assertThat(g.post("/api/code", "text/plain", text, "Authorization", "Basic s3cret-token").status()).isEqualTo(401);
        assertThat(g.post("/api/imports", "application/octet-stream", "x").status()).isEqualTo(401);
        assertThat(g.post("/api/models/bdm", "text/csv", "x").status()).isEqualTo(401);
        assertThat(g.post("/api/stakeholders?between=USA,RUS", "text/csv", "x").status()).isEqualTo(401);
        Http.Answer ok = g.post("/api/code", "text/plain", text, "Authorization", "Bearer s3cret-token");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("events").size()).isPositive();
        assertThat(g.get("/api/stats").status()).isEqualTo(200);
        JsonNode api = g.get("/openapi.json").json();
        assertThat(api.at("/paths/~1api~1code/post/security").isArray()).isTrue();
        assertThat(api.at("/paths/~1api~1events/get/security").isMissingNode()).isTrue();
    }

    @Test
    void oversizeBodiesAre413() {
        String auth = "Bearer s3cret-token";
        Http.Answer big = g.post("/api/code", "text/plain", "x".repeat(5000), "Authorization", auth);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.error()).contains("4096");
        Http.Answer model = g.post("/api/models/bdm", "text/csv", "x".repeat(2000), "Authorization", auth);
        assertThat(model.status()).isEqualTo(413);
        // A chunked body declares no length; it is counted while read.
        HttpRequest.Builder chunked = HttpRequest.newBuilder(guarded.uri().resolve("/api/code"))
                .header("Content-Type", "text/plain").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[10_000])));
        assertThat(g.send(chunked).status()).isEqualTo(413);
        byte[] upload = Http.multipart("xyz", "big.csv", new byte[8000]);
        assertThat(g.post("/api/imports", "multipart/form-data; boundary=xyz", upload, "Authorization", auth).status())
                .isEqualTo(413);
    }

    @Test
    void unknownRoutesAreJson404() {
        Http http = TestServers.http();
        for (String path : new String[] {"/api/nothing", "/nothing.html", "/api/events/a/b"}) {
            Http.Answer a = http.get(path);
            assertThat(a.status()).as(path).isEqualTo(404);
            assertThat(a.contentType()).startsWith("application/json");
            assertThat(a.error()).isNotBlank();
        }
    }

    @Test
    void openApiListsEveryRouteAndItsParameters() {
        JsonNode api = TestServers.http().get("/openapi.json").json();
        assertThat(api.get("openapi").asText()).startsWith("3.");
        Set<String> paths = new HashSet<>();
        api.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/events", "/api/events/{id}", "/api/stats", "/api/dyads",
                "/api/similarity", "/api/network", "/api/balance", "/api/report", "/api/stakeholders", "/api/code",
                "/api/imports", "/api/imports/{id}", "/api/models/{model}");
        Set<String> eventParams = new HashSet<>();
        for (Iterator<JsonNode> it = api.at("/paths/~1api~1events/get/parameters").elements(); it.hasNext(); ) {
            eventParams.add(it.next().get("name").asText());
        }
        assertThat(eventParams).contains("actor", "dyad", "from", "to", "limit", "offset", "oneADay");
        // A parameter the description does not list is refused, so the two cannot disagree silently.
        assertThat(TestServers.http().get("/api/balance?focal=PAK&between=USA,RUS&colour=red").error())
                .contains("'colour'");
    }
}
