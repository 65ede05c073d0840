package org.mizan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.analytics.balance.BalanceRequest;
import org.mizan.analytics.balance.FocalBalance;
import org.mizan.analytics.relations.Period;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;

/** The analysis endpoints: balance, dyads, similarity, network, report and stakeholders, on the demo store. */
class AnalysisApiTest {

    private static final String Q1 = "&from=2023-01-01&to=2023-03-31";

    private final Http http = TestServers.http();

    @Test
    void balanceIsWhatTheAnalyticsModuleComputes() {
        JsonNode api = http.get("/api/balance?focal=PAK&between=USA,RUS&by=month" + Q1).json();
        JsonNode direct;
        try (EventStore s = EventStore.open(TestServers.demo().config().db())) {
            EventQuery q = EventQuery.all().between(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));
            direct = Json.MAPPER.valueToTree(org.mizan.analytics.balance.BalanceMap.of(new FocalBalance(s).compute(
                    new BalanceRequest("PAK", "USA", "RUS", q, Period.MONTH, 1000, 20230214L))));
        }
        assertThat(api).isEqualTo(direct);
        assertThat(api.get("powers").toString()).isEqualTo("[\"USA\",\"RUS\"]");
        assertThat(api.get("overall").get("n").asInt()).isPositive();
        assertThat(api.get("domains").size()).isGreaterThan(1);
        assertThat(api.get("trend").findValuesAsText("period")).containsExactly("2023-01-01", "2023-02-01", "2023-03-01");
        double score = api.get("overall").get("score").asDouble();
        assertThat(score).isBetween(-1.0, 1.0);
    }

    @ParameterizedTest
    @CsvSource({"focal=PAK,between", "between=USA;RUS,focal", "focal=PAK&between=USA,between", "focal=PAK&between=USA;RUS&by=decade,by",
        "focal=PAK&between=USA;RUS&reps=-1,reps", "focal=P4K&between=USA;RUS,focal"})
    void balanceRefusesBadParameters(String query, String name) {
        Http.Answer a = http.get("/api/balance?" + query.replace(';', ','));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.error()).contains("'" + name + "'");
    }

    @Test
    void balanceWithTheSameStateTwiceIsBadInput() {
        Http.Answer a = http.get("/api/balance?focal=PAK&between=PAK,RUS");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.error()).contains("three different countries");
    }

    @Test
    void dyadSeriesForOnePair() {
        JsonNode d = http.get("/api/dyads?a=USA&b=RUS&by=month&dataset=gdelt2").json();
        assertThat(d.get("by").asText()).isEqualTo("month");
        JsonNode rows = d.get("rows");
        assertThat(rows.size()).isPositive();
        for (JsonNode r : rows) {
            assertThat(r.get("a").asText() + "-" + r.get("b").asText()).isEqualTo("RUS-USA");
            long quads = r.get("verbalCoop").asLong() + r.get("materialCoop").asLong() + r.get("verbalConflict").asLong()
                    + r.get("materialConflict").asLong();
            assertThat(quads).isEqualTo(r.get("events").asLong());
        }
        assertThat(http.get("/api/dyads?a=USA").status()).isEqualTo(400);
        assertThat(http.get("/api/dyads?by=fortnight").error()).contains("'by'");
        assertThat(http.get("/api/dyads?roles=GOVERNMENT").error()).contains("'roles'");
    }

    @Test
    void similarityOfTwoStates() {
        JsonNode s = http.get("/api/similarity?a=usa&b=GBR").json();
        assertThat(s.get("a").asText()).isEqualTo("USA");
        assertThat(s.get("thirdStates").asInt()).isPositive();
        assertThat(s.get("S_squared").asDouble()).isBetween(-1.0, 1.0);
        assertThat(http.get("/api/similarity?a=USA").error()).contains("'b'");
    }

    @Test
    void networkOfAWindowWithItsBalanceFigures() {
        JsonNode n = http.get("/api/network?dataset=gdelt2&threshold=0").json();
        assertThat(n.get("nodes").asInt()).isEqualTo(n.get("graph").get("nodes").size());
        assertThat(n.get("edges").asInt()).isEqualTo(n.get("positive").asInt() + n.get("negative").asInt())
                .isEqualTo(n.get("graph").get("edges").size());
        assertThat(n.get("triangleBalance").asDouble()).isBetween(0.0, 1.0);
        assertThat(n.get("frustrationIndex").asInt()).isGreaterThanOrEqualTo(n.get("frustrationLowerBound").asInt());
        assertThat(http.get("/api/network?threshold=-1").error()).contains("'threshold'");
        assertThat(http.get("/api/network?from=1990-01-01&to=1990-01-02").status()).isEqualTo(404);
    }

    @Test
    void reportAsHtmlAndMarkdown() {
        Http.Answer html = http.get("/api/report?focal=PAK&between=USA,RUS" + Q1);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("<h1>Pakistan between").contains("<h2>Evidence</h2>");
        Http.Answer md = http.get("/api/report?focal=PAK&between=USA,RUS&format=md" + Q1);
        assertThat(md.contentType()).startsWith("text/markdown");
        assertThat(md.body()).startsWith("# Pakistan between");
        assertThat(http.get("/api/report?focal=PAK&between=USA,RUS&format=pdf").error()).contains("'format'");
    }

    @Test
    void stakeholderTableFromEventsWithShippedOrPostedCapabilities() {
        JsonNode t = http.get("/api/stakeholders?between=USA,RUS" + Q1).json();
        assertThat(t.get("rows").findValuesAsText("actor")).contains("PAKGOV", "PAKMIL", "USA", "RUS");
        for (JsonNode r : t.get("rows")) {
            assertThat(r.get("position").asDouble()).isBetween(0.0, 100.0);
        }
        assertThat(t.get("csv").asText()).startsWith("Actor,Capability,Position,Salience");
        String caps = "actor,name,capability\nPAK,Pakistan,40\nUSA,United States,80\nRUS,Russia,30\n";
        JsonNode posted = http.post("/api/stakeholders?between=USA,RUS&domains=security,economy", "text/csv", caps).json();
        assertThat(posted.get("rows").findValuesAsText("actor")).containsExactly("PAK", "USA", "RUS");
        assertThat(posted.get("rows").get(1).get("position").asDouble()).isEqualTo(0.0);
        assertThat(posted.get("rows").get(2).get("position").asDouble()).isEqualTo(100.0);
        Http.Answer bad = http.post("/api/stakeholders?between=USA,RUS", "text/csv", "who,what\nx,y\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.error()).startsWith("capability table:").doesNotContain("/tmp");
        assertThat(http.get("/api/stakeholders?between=USA").error()).contains("'between'");
    }
}
