package org.mizan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;
import org.mizan.store.Events;

/** {@code /api/events}, {@code /api/events/{id}} and {@code /api/stats} on the GDELT sample and the demo corpus. */
class EventsApiTest {

    private final Http http = TestServers.http();

    @Test
    void firstPageHoldsFiftyEventsOfAllWithTheirProvenance() {
        JsonNode page = http.get("/api/events").json();
        assertThat(page.get("total").asLong()).isEqualTo(storeCount()).isGreaterThanOrEqualTo(2111 + TestServers.codedEvents());
        assertThat(http.get("/api/events?dataset=gdelt2&limit=1").json().get("total").asLong()).isEqualTo(2111);
        assertThat(page.get("items")).hasSize(50);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("id").asText()).isNotBlank();
        assertThat(first.get("provenance").get("dataset").asText()).isIn("gdelt2", "text");
    }

    @Test
    void filtersAndPagingMatchTheStoreQuery() {
        JsonNode page = http.get("/api/events?dataset=gdelt2&country=usa&limit=7&offset=3").json();
        long expected;
        List<String> ids;
        try (EventStore s = EventStore.open(TestServers.demo().config().db())) {
            EventQuery q = new EventQuery(null, "USA", null, null, false, null, null, null, null, "gdelt2", false, 7, 3);
            expected = new Events(s).count(q);
            ids = new Events(s).list(q).stream().map(e -> e.id()).toList();
        }
        assertThat(page.get("total").asLong()).isEqualTo(expected).isGreaterThan(600);
        assertThat(page.get("items").findValuesAsText("id").subList(0, 7)).isEqualTo(ids);
        JsonNode row = page.get("items").get(0).get("provenance");
        assertThat(row.get("file").asText()).endsWith("gdelt2_20191024143000.export.CSV");
        assertThat(row.get("line").asLong()).isPositive();
    }

    @Test
    void codedEventsCarryTheirSentenceAndSource() {
        JsonNode page = http.get("/api/events?dataset=text&dyad=PAK-USA&limit=1000").json();
        assertThat(page.get("total").asLong()).isPositive();
        JsonNode e = page.get("items").get(0);
        assertThat(e.get("provenance").get("evidence").asText()).isNotBlank();
        assertThat(e.get("provenance").get("url").asText()).startsWith("https://");
        assertThat(e.get("date").asText()).startsWith("2023-");
    }

    @Test
    void oneEventByIdAndByIdList() {
        String id = http.get("/api/events?dataset=gdelt2&limit=2").json().get("items").get(1).get("id").asText();
        Http.Answer one = http.get("/api/events/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("id").asText()).isEqualTo(id);
        JsonNode list = http.get("/api/events?ids=" + id + ",gdelt2:nope").json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        Http.Answer missing = http.get("/api/events/gdelt2:0");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.error()).contains("gdelt2:0");
    }

    @ParameterizedTest
    @CsvSource({"limit=0,limit", "limit=1001,limit", "limit=ten,limit", "offset=-1,offset", "from=2023-13-01,from",
        "to=yesterday,to", "quad=5,quad", "dyad=PAK,dyad", "cameo=abc,cameo", "root=4,root", "country=PAKI,country",
        "actor=PAK';DROP,actor", "directed=maybe,directed", "oneADay=2,oneADay", "colour=red,colour",
        "from=2023-02-01&to=2023-01-01,to"})
    void badParametersAre400NamingTheParameter(String query, String name) {
        Http.Answer a = http.get("/api/events?" + query.replace("'", "%27").replace(";", "%3B"));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.error()).contains("'" + name + "'");
    }

    /** Other test classes may add events to the shared store, so totals are checked against the store itself. */
    private static long storeCount() {
        try (EventStore s = EventStore.open(TestServers.demo().config().db())) {
            return new Events(s).count(EventQuery.all());
        }
    }

    @Test
    void statsCountTheStore() {
        JsonNode stats = http.get("/api/stats?top=5").json();
        assertThat(stats.get("events").asLong()).isEqualTo(storeCount());
        assertThat(stats.get("countries")).hasSize(5);
        long perDataset = 0;
        for (JsonNode d : stats.get("datasets")) {
            perDataset += d.get("events").asLong();
        }
        assertThat(perDataset).isEqualTo(stats.get("events").asLong());
        assertThat(http.get("/api/stats?top=0").status()).isEqualTo(400);
    }
}
