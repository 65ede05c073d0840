package org.mizan.bench.coder;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.coder.text.Sentence;
import org.mizan.coder.text.SentenceSplitter;

/**
 * Builds the benchmark's raw text: real news sentences (PETRARCH2's GigaWord sample and the Pakistan
 * analysis piece from ../shared, plus a set written for Mizan) repeated with their actors, numbers and
 * days varied, so the coder cannot profit from identical input. Paragraphs of about twenty sentences
 * separated by blank lines, like articles. Deterministic for a given seed.
 */
final class BenchmarkCorpus {

    private static final String[] OWN = {
        "Pakistan's foreign minister visited Washington on Tuesday for talks with the secretary of state.",
        "Russian forces shelled Ukrainian positions near Bakhmut overnight, the military said.",
        "India and China agreed to resume border talks next month.",
        "The United States imposed new sanctions on Iran over its missile programme.",
        "Police arrested dozens of opposition supporters in Islamabad on Sunday.",
        "Turkey condemned the attack and called for restraint.",
        "The European Union pledged 500 million euros in humanitarian aid to Syria.",
        "Israel did not confirm the air strike, officials said.",
        "Saudi Arabia and Iran will restore diplomatic relations, Beijing announced.",
        "Protesters in Tehran demanded the release of political prisoners.",
        "North Korea test-fired a ballistic missile on Thursday, Seoul said.",
        "Germany will send air defence systems to Ukraine, the chancellor said.",
        "Afghanistan's Taliban government rejected the United Nations report.",
        "Egypt hosted talks between Israel and Hamas on a ceasefire.",
        "The army killed five militants in a raid in North Waziristan, the military said."};
    private static final String[] ACTORS = {"Pakistan", "India", "China", "Russia", "Ukraine", "Iran", "Israel",
        "Turkey", "Egypt", "France", "Germany", "Japan", "Brazil", "Nigeria", "Kenya", "Afghanistan", "Syria"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

    private BenchmarkCorpus() {
    }

    /** The seed sentences: real ones from ../shared, then Mizan's own. */
    static List<String> seeds(Path shared) throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = TEXT.matcher(Files.readString(shared.resolve("data/petrarch/GigaWord.sample.PETR.xml"),
                StandardCharsets.ISO_8859_1));
        while (m.find()) {
            String t = m.group(1).trim().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        String piece = Files.readString(shared.resolve("corpus/analysis-pakistan-us-russia-2023.txt"));
        for (Sentence s : new SentenceSplitter().split(piece)) {
            if (s.text().length() > 40 && s.text().length() < 400) {
                out.add(s.text().replaceAll("\\s+", " "));
            }
        }
        out.addAll(List.of(OWN));
        return out;
    }

    /** Writes at least {@code sentences} varied sentences to {@code file}; returns the number written. */
    static int write(Path file, List<String> seeds, int sentences, long seed) throws IOException {
        Random r = new Random(seed);
        int n = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (n < sentences) {
                for (int k = 0; k < 20 && n < sentences; k++, n++) {
                    w.write(vary(seeds.get(r.nextInt(seeds.size())), r));
                    w.write(' ');
                }
                w.write("\n\n");
            }
        }
        return n;
    }

    private static String vary(String s, Random r) {
        String out = s;
        for (String a : ACTORS) {
            if (out.contains(a) && r.nextBoolean()) {
                out = out.replace(a, ACTORS[r.nextInt(ACTORS.length)]);
            }
        }
        for (String d : DAYS) {
            out = out.replace(d, DAYS[r.nextInt(DAYS.length)]);
        }
        out = out.replaceAll("\\b(\\d{2,3})\\b", String.valueOf(10 + r.nextInt(900)));
        // a sentence must end a sentence, even when its source did not
        return out.endsWith(".") || out.endsWith("?") || out.endsWith("!") || out.endsWith("\"") ? out : out + ".";
    }
}
