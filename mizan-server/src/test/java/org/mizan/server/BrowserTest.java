package org.mizan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Drives every page of the web UI in headless Chromium against the demo server (GDELT sample + coded demo
 * corpus) and checks the values on screen against the API; screenshots go to target/screenshots/.
 * Skipped, with a message, where chromium or chromium-driver is not installed.
 */
class BrowserTest {

    private static Browser browser;
    private static Http http;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Browser.available(), "browser tests skipped: install the Debian packages chromium and chromium-driver "
                + "(" + Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER + ")");
        http = TestServers.http();
        base = TestServers.demo().uri().toString();
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void english() {
        browser.driver.get(base + "/");
        browser.js("localStorage.setItem('mizan.lang', 'en')");
    }

    private void open(String page) {
        browser.driver.get(base + "/#" + page);
        browser.driver.navigate().refresh();
    }

    private static String normal(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void balanceShowsScoresPerDomainAndTheEvidenceOfAClickedBar() throws IOException {
        JsonNode api = http.get("/api/balance?focal=PAK&between=USA,RUS&from=2023-01-01&to=2023-03-31&by=month").json();
        open("balance");
        WebElement table = browser.waitFor("#b-table tbody tr");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#b-table tbody tr"));
        assertThat(rows).hasSize(api.get("domains").size() + 1);
        JsonNode first = api.get("domains").get(0);
        List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo(first.get("domain").asText());
        assertThat(cells.get(1).getText()).isEqualTo(signed(first.get("score").asDouble(), Locale.UK));
        assertThat(cells.get(3).getText()).isEqualTo(String.valueOf(first.get("n").asInt()));
        assertThat(browser.find("#b-summary").getText()).startsWith("PAK between USA (−1) and RUS (+1): overall score "
                + signed(api.get("overall").get("score").asDouble(), Locale.UK));
        assertThat(table.isDisplayed()).isTrue();
        // Click the first domain's bar on the chart itself.
        List<?> xy = (List<?>) browser.js("const c = echarts.getInstanceByDom(document.getElementById('b-domains'));"
                + "const d = c.getOption().series[0].data[0].value;"
                + "return c.convertToPixel({seriesIndex: 0}, [d / 2, 0]);");
        WebElement chart = browser.find("#b-domains");
        int dx = (int) Math.round(((Number) xy.get(0)).doubleValue() - chart.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(((Number) xy.get(1)).doubleValue() - chart.getSize().getHeight() / 2.0);
        new Actions(browser.driver).moveToElement(chart, dx, dy).click().perform();
        WebElement heading = browser.waitFor("#b-evidence h3");
        assertThat(heading.getText()).isEqualTo("Evidence for " + first.get("domain").asText());
        List<WebElement> evidence = browser.driver.findElements(By.cssSelector("#b-evidence table.events tbody tr"));
        assertThat(evidence).hasSize(first.get("evidence").size());
        evidence.get(0).click();
        assertThat(browser.waitFor("#b-evidence-panel blockquote").getText()).isNotBlank();
        browser.screenshot("balance-en");
        assertThat(browser.driver.findElements(By.cssSelector("#b-shifts li"))).hasSize(api.get("shifts").size());
    }

    @Test
    void balanceInTurkishAndRussianFormatsNumbersAndMonths() throws IOException {
        JsonNode api = http.get("/api/balance?focal=PAK&between=USA,RUS&from=2023-01-01&to=2023-03-31&by=month").json();
        double overall = api.get("overall").get("score").asDouble();
        for (String lang : new String[] {"tr", "ru"}) {
            open("balance");
            browser.waitFor("#b-table tbody tr");
            new Select(browser.find("#lang")).selectByValue(lang);
            Locale locale = Locale.forLanguageTag(lang.equals("tr") ? "tr-TR" : "ru-RU");
            String score = signed(overall, locale);
            assertThat(score).contains(",");
            browser.wait.until(d -> normal(d.findElement(By.id("b-summary")).getText()).contains(score));
            assertThat(browser.find("#nav a[data-page=balance]").getText()).isEqualTo(lang.equals("tr") ? "Denge" : "Баланс");
            List<WebElement> overallCells = browser.driver.findElements(By.cssSelector("#b-table tbody tr:last-child td"));
            assertThat(overallCells.get(0).getText()).isEqualTo(lang.equals("tr") ? "Genel" : "В целом");
            assertThat(overallCells.get(1).getText()).isEqualTo(score);
            browser.screenshot("balance-" + lang);
        }
        new Select(browser.find("#lang")).selectByValue("en");
    }

    @Test
    void dyadsShowTheSeriesOfAPair() throws IOException {
        JsonNode api = http.get("/api/dyads?a=USA&b=RUS&by=day&dataset=gdelt2").json().get("rows");
        open("dyads");
        browser.waitFor("#d-table tbody tr");
        new Select(browser.find("#d-dataset")).selectByValue("gdelt2");
        browser.clickAndAwaitNew("#d-show", "#d-table");
        assertThat(browser.driver.findElements(By.cssSelector("#d-table tbody tr"))).hasSize(api.size());
        List<WebElement> cells = browser.driver.findElements(By.cssSelector("#d-table tbody tr:first-child td"));
        assertThat(cells.get(1).getText()).isEqualTo(String.valueOf(api.get(0).get("events").asLong()));
        assertThat(cells.get(7).getText()).isEqualTo(String.valueOf(api.get(0).get("netCoop").asLong()));
        browser.screenshot("dyads");
    }

    @Test
    void networkShowsTheStructuralBalanceFigures() throws IOException {
        JsonNode api = http.get("/api/network?threshold=0").json();
        open("network");
        WebElement nodes = browser.waitFor("#n-nodes b");
        assertThat(nodes.getText()).isEqualTo(String.format(Locale.UK, "%,d", api.get("nodes").asInt()));
        assertThat(browser.find("#n-triangles b").getText())
                .isEqualTo(String.format(Locale.UK, "%.3f", api.get("triangleBalance").asDouble()));
        assertThat(browser.find("#n-frustration b").getText()).isEqualTo(String.valueOf(api.get("frustrationIndex").asInt()));
        browser.screenshot("network");
    }

    @Test
    void eventsFilterAndOpenTheirEvidence() throws IOException {
        JsonNode api = http.get("/api/events?dataset=text&dyad=PAK-USA&limit=25").json();
        open("events");
        browser.waitFor("#e-table tbody tr");
        new Select(browser.find("#e-dataset")).selectByValue("text");
        browser.find("#e-dyad").sendKeys("PAK-USA");
        browser.find("#e-show").click();
        browser.wait.until(d -> d.findElement(By.id("e-count")).getText()
                .equals("Events 1–" + Math.min(25, api.get("total").asInt()) + " of " + api.get("total").asInt()));
        browser.find("#e-table tbody tr").click();
        WebElement quote = browser.waitFor("#evidence-text");
        JsonNode first = api.get("items").get(0);
        assertThat(quote.getText()).isEqualTo(first.get("provenance").get("evidence").asText());
        String evidence = first.get("provenance").get("evidence").asText();
        JsonNode marks = first.get("provenance").get("marks");
        assertThat(browser.find("#evidence-text mark.verb").getText()).isEqualTo(
                evidence.substring(marks.get("verb").get("start").asInt(), marks.get("verb").get("end").asInt()));
        assertThat(browser.find("#evidence-text mark.src").getText()).isEqualTo(
                evidence.substring(marks.get("source").get("start").asInt(), marks.get("source").get("end").asInt()));
        assertThat(browser.find("#evidence-panel a").getText()).isEqualTo(first.get("provenance").get("url").asText());
        browser.screenshot("events-en");
        new Select(browser.find("#lang")).selectByValue("ru");
        browser.wait.until(d -> d.findElement(By.id("e-count")).getText().startsWith("События 1–"));
        String month = browser.find("#e-table tbody tr td").getText();
        assertThat(month).matches("\\d{1,2} (января|февраля|марта) 2023 г\\.");
        browser.screenshot("events-ru");
    }

    @Test
    void codeTextAndAFileAndShowTheEvents() throws IOException {
        open("code");
        browser.waitFor("#c-text").sendKeys("Pakistan and China signed an agreement on energy cooperation in Islamabad.");
        browser.find("#c-run").click();
        WebElement summary = browser.waitFor("#c-summary");
        assertThat(summary.getText()).startsWith("1 documents, 1 sentences:");
        assertThat(browser.driver.findElements(By.cssSelector("#c-result table.events tbody tr"))).isNotEmpty();
        Path file = Files.createTempFile("mizan-ui", ".txt");
        Files.writeString(file, "Russia and India held talks on defence cooperation in Moscow. The talks ended on Friday.");
        browser.find("#c-text").clear();
        browser.find("#c-file").sendKeys(file.toAbsolutePath().toString());
        browser.find("#c-run").click();
        browser.wait.until(d -> d.findElement(By.id("c-summary")).getText().startsWith("1 documents, 2 sentences:"));
        browser.find("#c-result table.events tbody tr").click();
        assertThat(browser.waitFor("#c-evidence-panel blockquote").getText()).contains("Russia and India");
        browser.screenshot("code");
        Files.delete(file);
    }

    @Test
    void modelsBuildATableRunBdmAndStepThroughRounds() throws IOException {
        open("models");
        browser.wait.until(d -> d.findElement(By.id("m-table")).getAttribute("value").startsWith("Actor,Capability"));
        String csv = browser.find("#m-table").getAttribute("value");
        int actors = (int) csv.lines().skip(1).filter(l -> !l.isBlank()).count();
        JsonNode run = http.post("/api/models/bdm?rounds=10", "text/csv", csv).json();
        browser.find("#m-run").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("m-summary"), "BDM"));
        assertThat(browser.driver.findElements(By.cssSelector("#m-positions tbody tr"))).hasSize(actors);
        String firstActor = run.get("actors").get(0).asText();
        double finalPos = run.get("finalPositions").get(firstActor).get(0).asDouble();
        WebElement row = browser.find("#m-positions tbody tr");
        assertThat(row.findElements(By.tagName("td")).get(0).getText()).isEqualTo(firstActor);
        assertThat(row.findElements(By.tagName("td")).get(1).getText()).isEqualTo(String.format(Locale.UK, "%.2f", finalPos));
        browser.screenshot("models-final");
        browser.js("const s = document.getElementById('m-turn'); s.value = 0; s.dispatchEvent(new Event('input'));");
        WebElement start = browser.find("#m-positions tbody tr");
        assertThat(start.findElements(By.tagName("td")).get(1).getText())
                .isEqualTo(start.findElements(By.tagName("td")).get(2).getText());
        assertThat(browser.find("#m-download").getAttribute("download")).isEqualTo("mizan-bdm-run.json");
        browser.screenshot("models-round0");
    }

    @Test
    void modelsRunSmpOnKtabXmlOneDimensionAtATime() throws IOException {
        String xml = Files.readString(TestServers.SHARED.resolve("data/models/ktab/dummyData_3Dim.xml"));
        JsonNode run = http.post("/api/models/smp?rounds=3", "application/xml", xml).json();
        open("models");
        // The page builds a table from events when it opens; replace it once it is there.
        browser.wait.until(d -> d.findElement(By.id("m-table")).getAttribute("value").startsWith("Actor,Capability"));
        browser.js("document.getElementById('m-table').value = arguments[0];", xml);
        new Select(browser.find("#m-model")).selectByValue("smp");
        WebElement rounds = browser.find("#m-rounds");
        rounds.clear();
        rounds.sendKeys("3");
        browser.find("#m-run").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("m-summary"), "SMP"));
        assertThat(browser.driver.findElements(By.cssSelector("#m-positions tbody tr"))).hasSize(run.get("actors").size());
        assertThat(new Select(browser.find("#m-dim")).getOptions()).hasSize(3);
        String second = run.get("dimensions").get(1).asText();
        new Select(browser.find("#m-dim")).selectByValue(second);
        String actor = run.get("actors").get(0).asText();
        double expected = run.get("finalPositions").get(actor).get(1).asDouble();
        WebElement row = browser.find("#m-positions tbody tr");
        assertThat(row.findElements(By.tagName("td")).get(1).getText()).isEqualTo(String.format(Locale.UK, "%.2f", expected));
        browser.screenshot("models-smp");
    }

    private static String signed(double x, Locale locale) {
        String s = String.format(locale, "%+.2f", x);
        return s.matches("[+-]0[.,]00") ? s.substring(1) : s;
    }
}
