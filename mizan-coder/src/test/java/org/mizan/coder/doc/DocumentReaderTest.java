package org.mizan.coder.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private static List<Document> read(InputFormat f, String text) throws IOException {
        List<Document> out = new ArrayList<>();
        DocumentReader.of(f).read(new StringReader(text), "in", out::add);
        return out;
    }

    @Test
    void htmlKeepsTitleDateAndBodyAndDropsPageFurniture() throws IOException {
        String html = """
                <html><head><title>Site | Islamabad's Search for Equilibrium</title>
                <meta property="article:published_time" content="2023-02-20T08:00:00+05:00">
                <meta property="og:site_name" content="Dawn"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <h1>Islamabad's Search for Equilibrium</h1>
                <div class="share-buttons"><a>Share on Twitter</a></div>
                <article><p>Pakistan's foreign minister visited Washington.</p>
                <p>He met the secretary of state.</p>
                <div class="author-bio"><p>The author is a fellow.</p></div>
                <section class="similar-posts"><p>You may also like: cricket</p></section></article>
                <footer><p>Copyright</p></footer></body></html>""";
        Document d = read(InputFormat.HTML, html).get(0);
        assertThat(d.title()).isEqualTo("Islamabad's Search for Equilibrium");
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(d.source()).isEqualTo("Dawn");
        assertThat(d.text()).contains("visited Washington.").contains("secretary of state.")
                .doesNotContain("Share on").doesNotContain("author is").doesNotContain("also like")
                .doesNotContain("Home").doesNotContain("Copyright");
    }

    @Test
    void jsonlReadsRecordsAndSkipsMalformedLines() throws IOException {
        String jsonl = """
                {"id":"a1","date":"2023-02-14","text":"India attacked.","url":"http://x","source":"AP","title":"T"}
                not json
                {"id":"a2","text":"No date here."}

                {"id":"a3","date":"20230216"}
                """;
        List<Document> docs = new ArrayList<>();
        int bad = DocumentReader.of(InputFormat.JSONL).read(new StringReader(jsonl), "f.jsonl", docs::add);
        assertThat(bad).isEqualTo(2);
        assertThat(docs).extracting(Document::id).containsExactly("a1", "a2");
        assertThat(docs.get(0).date()).isEqualTo(LocalDate.of(2023, 2, 14));
        assertThat(docs.get(0).url()).isEqualTo("http://x");
        assertThat(docs.get(1).date()).isNull();
        assertThat(docs.get(1).withDefaultDate(LocalDate.of(2020, 1, 1)).date()).isEqualTo(LocalDate.of(2020, 1, 1));
        // each skipped line is named, with the reason
        List<String> problems = new ArrayList<>();
        DocumentReader.of(InputFormat.JSONL).read(new StringReader(jsonl), "f.jsonl", d -> { }, problems::add);
        assertThat(problems).containsExactly("f.jsonl:2: skipped, not valid JSON",
                "f.jsonl:5: skipped, no \"text\" field");
    }

    @Test
    void plainTextIsOneDocumentNamedAfterItsFile() throws IOException {
        List<Document> docs = read(InputFormat.TEXT, "\uFEFFOne. Two.");
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("in");
            assertThat(d.text()).isEqualTo("One. Two.");
        });
    }

    @Test
    void metadataDatesInTheirUsualForms() {
        assertThat(DocumentDates.parse("2023-02-14")).isEqualTo(LocalDate.of(2023, 2, 14));
        assertThat(DocumentDates.parse("2023-02-14T23:10:00Z")).isEqualTo(LocalDate.of(2023, 2, 14));
        assertThat(DocumentDates.parse("Tue, 14 Feb 2023 10:00:00 GMT")).isEqualTo(LocalDate.of(2023, 2, 14));
        assertThat(DocumentDates.parse("February 14, 2023")).isEqualTo(LocalDate.of(2023, 2, 14));
        assertThat(DocumentDates.parse("soon")).isNull();
        assertThat(InputFormat.guess("a/b.HTML")).isEqualTo(InputFormat.HTML);
        assertThat(InputFormat.guess("x.ndjson")).isEqualTo(InputFormat.JSONL);
    }
}
