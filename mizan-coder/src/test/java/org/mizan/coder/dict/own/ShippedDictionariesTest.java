package org.mizan.coder.dict.own;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.coder.dict.own.DictEntry.Kind;

/**
 * Invariants of the dictionaries Mizan ships: they load, every code is well formed and known, no name
 * means two things within a kind unless the meanings are separated in time, every person's tenures make a
 * single code per day, and the coverage the project promises is there. Prints counts per kind and file.
 */
class ShippedDictionariesTest {

    private static final Set<String> DOMAINS = Set.of("security", "energy", "economy", "trade", "diplomacy",
            "humanitarian", "domestic", "health", "environment", "legal", "migration", "technology");

    /**
     * English words that must never be a whole name: matching ignores case, so an acronym that spells a
     * word would fire on every "us", "who" and "let" unless it is quoted as an exact-case name ("US").
     */
    private static final Set<String> COMMON_WORDS = Set.of("us", "is", "it", "who", "may", "will", "can", "march",
            "said", "new", "one", "all", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "me",
            "my", "no", "of", "oh", "on", "or", "so", "to", "up", "we", "says", "plan", "shape", "ice",
            "diet", "amnesty", "force", "general", "mission", "public", "press", "justice", "union", "grant", "let",
            "nab", "pace", "aids", "car", "pa", "ana", "kia", "ola", "ji", "adf", "eco", "raw", "mod", "tip", "pdf", "aa");

    private static List<DictEntry> entries;

    @BeforeAll
    static void load() {
        entries = OwnDictionaryReader.readDefaults();
    }

    @Test
    void loadsEveryKindAndPrintsCounts() {
        Map<Kind, Long> perKind = new EnumMap<>(Kind.class);
        Map<String, Map<Kind, Long>> perFile = new TreeMap<>();
        Map<Kind, Long> namesPerKind = new EnumMap<>(Kind.class);
        long tenures = 0;
        for (DictEntry e : entries) {
            perKind.merge(e.kind(), 1L, Long::sum);
            namesPerKind.merge(e.kind(), (long) e.names().size(), Long::sum);
            perFile.computeIfAbsent(e.file(), f -> new EnumMap<>(Kind.class)).merge(e.kind(), 1L, Long::sum);
            tenures += e.tenures().size();
        }
        System.out.println("shipped dictionaries: " + entries.size() + " entries, "
                + namesPerKind.values().stream().mapToLong(Long::longValue).sum() + " names, " + tenures + " tenures");
        perKind.forEach((k, n) -> System.out.printf("  %-8s %5d entries %6d names%n", k, n, namesPerKind.get(k)));
        perFile.forEach((f, m) -> System.out.printf("  %-32s %s%n", f, m));
        assertThat(perKind.keySet()).containsExactlyInAnyOrder(Kind.values());
        assertThat(entries.size()).isGreaterThan(1500);
    }

    @Test
    void everyActorCodeIsWellFormedAndKnown() {
        List<String> problems = new ArrayList<>();
        for (DictEntry e : entries) {
            List<String> codes = e.kind() == Kind.PERSON
                    ? e.tenures().stream().map(Tenure::code).toList()
                    : e.kind() == Kind.ACTOR ? List.of(e.code()) : List.of();
            for (String code : codes) {
                String first = code.substring(0, 3);
                boolean startsWell = ExtraCodes.isCountry(first) || Set.of("IGO", "NGO", "IMG").contains(first);
                if (!startsWell || !ExtraCodes.unknownParts(code).isEmpty()) {
                    problems.add(where(e) + " " + code + " unknown " + ExtraCodes.unknownParts(code));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void issueAndDiscardCodesAreFromTheFixedLists() {
        assertThat(entries.stream().filter(e -> e.kind() == Kind.ISSUE).map(DictEntry::code).distinct())
                .allMatch(DOMAINS::contains)
                .hasSize(DOMAINS.size());
        assertThat(entries.stream().filter(e -> e.kind() == Kind.DISCARD).map(DictEntry::code).distinct())
                .isSubsetOf("sports", "entertainment", "business-news", "weather", "obituary", "lifestyle");
    }

    @Test
    void noNameMeansTwoThingsWithinAKindUnlessSeparatedInTime() {
        Map<Kind, Map<String, List<DictEntry>>> byName = new EnumMap<>(Kind.class);
        for (DictEntry e : entries) {
            for (String name : e.names()) {
                byName.computeIfAbsent(e.kind(), k -> new HashMap<>())
                        .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(e);
            }
        }
        List<String> clashes = new ArrayList<>();
        byName.forEach((kind, names) -> names.forEach((name, list) -> {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    DictEntry a = list.get(i);
                    DictEntry b = list.get(j);
                    boolean clash = a != b && (kind == Kind.PERSON ? overlapInTime(a, b) : !a.code().equals(b.code()));
                    if (clash) {
                        clashes.add(kind + " '" + name + "' at " + where(a) + " and " + where(b));
                    }
                }
            }
        }));
        assertThat(clashes).isEmpty();
    }

    @Test
    void everyPersonHasChronologicalTenuresWithOneCodePerDay() {
        List<String> problems = new ArrayList<>();
        LocalDate horizon = LocalDate.of(2027, 12, 31);
        for (DictEntry e : entries) {
            if (e.kind() != Kind.PERSON) {
                assertThat(e.tenures()).as(where(e)).isEmpty();
                continue;
            }
            if (e.tenures().isEmpty()) {
                problems.add(where(e) + " has no tenure");
            }
            List<Tenure> ts = e.tenures();
            for (int i = 0; i < ts.size(); i++) {
                Tenure t = ts.get(i);
                if (t.from().getYear() < 1940 || t.from().isAfter(horizon) || t.to() != null && t.to().isAfter(horizon)) {
                    problems.add(where(e) + " implausible dates " + t);
                }
                if (i > 0 && t.from().isBefore(ts.get(i - 1).from())) {
                    problems.add(where(e) + " tenures out of order at " + t);
                }
                for (int j = 0; j < i; j++) {
                    Tenure u = ts.get(j);
                    if (!t.code().equals(u.code()) && t.overlaps(u)) {
                        problems.add(where(e) + " " + u + " overlaps " + t);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noCommonEnglishWordIsAWholeName() {
        List<String> bad = entries.stream().filter(e -> e.kind() != Kind.ISSUE && e.kind() != Kind.DISCARD)
                .flatMap(e -> e.names().stream().filter(n -> !DictEntry.isExactCase(n)
                                && COMMON_WORDS.contains(n.toLowerCase(Locale.ROOT)))
                        .map(n -> where(e) + " " + n))
                .toList();
        assertThat(bad).isEmpty();
    }

    @Test
    void coversEveryUnMemberAndObserverWithItsGovernment() {
        Set<String> countryFileCodes = entries.stream()
                .filter(e -> e.file().equals("countries.txt") && e.kind() == Kind.ACTOR)
                .map(DictEntry::code).collect(Collectors.toSet());
        long states = countryFileCodes.stream().filter(c -> c.length() == 3 && countryFileCodes.contains(c + "GOV"))
                .count();
        // 193 member states, the Holy See and Palestine, plus Taiwan, Kosovo and Hong Kong.
        assertThat(states).isGreaterThanOrEqualTo(198);
    }

    @Test
    void theContractExamplesReadAsPromised() {
        assertThat(codeOf(Kind.ACTOR, "Islamabad")).isEqualTo("PAKGOV");
        assertThat(codeOf(Kind.ACTOR, "Pakistani")).isEqualTo("PAK");
        assertThat(codeOf(Kind.ACTOR, "Washington")).isEqualTo("USAGOV");
        assertThat(codeOf(Kind.ACTOR, "\"US\"")).isEqualTo("USA");
        assertThat(codeOf(Kind.ACTOR, "US")).isEqualTo("<missing>");
        assertThat(codeOf(Kind.ACTOR, "Moscow")).isEqualTo("RUSGOV");
        assertThat(codeOf(Kind.ACTOR, "Kremlin")).isEqualTo("RUSGOV");
        assertThat(codeOf(Kind.ACTOR, "Kyiv")).isEqualTo("UKRGOV");
        assertThat(codeOf(Kind.ACTOR, "United Nations")).isEqualTo("IGOUNO");
        assertThat(codeOf(Kind.ACTOR, "NATO")).isEqualTo("IGOWSTNAT");
        assertThat(codeOf(Kind.ACTOR, "IMF")).isEqualTo("IGOIMF");
        assertThat(codeOf(Kind.ACTOR, "Taliban")).isEqualTo("AFGTAL");
        assertThat(codeOf(Kind.ACTOR, "TTP")).isEqualTo("PAKINSTTP");
        assertThat(codeOf(Kind.AGENT, "army")).isEqualTo("MIL");
        assertThat(codeOf(Kind.AGENT, "foreign minister")).isEqualTo("GOV");
        assertThat(codeOf(Kind.ISSUE, "LNG")).isEqualTo("energy");
        assertThat(codeOf(Kind.ISSUE, "counter-terrorism")).isEqualTo("security");
        DictEntry imran = person("Imran Khan");
        assertThat(imran.codeOn(LocalDate.of(2019, 6, 1))).isEqualTo("PAKGOV");
        assertThat(imran.codeOn(LocalDate.of(2023, 2, 17))).isEqualTo("PAKOPP");
        assertThat(person("Shehbaz Sharif").codeOn(LocalDate.of(2025, 1, 1))).isEqualTo("PAKGOV");
        assertThat(person("Bilawal Bhutto Zardari").codeOn(LocalDate.of(2023, 2, 17))).isEqualTo("PAKGOV");
        assertThat(person("Dmytro Kuleba").codeOn(LocalDate.of(2023, 2, 17))).isEqualTo("UKRGOV");
        assertThat(person("Sergei Lavrov").codeOn(LocalDate.of(2023, 2, 17))).isEqualTo("RUSGOV");
        assertThat(person("Asim Munir").codeOn(LocalDate.of(2023, 2, 17))).isEqualTo("PAKMIL");
    }

    @Test
    void everyDictionaryFileInTheFolderIsListedInTheIndex() throws IOException, URISyntaxException {
        URL index = OwnDictionaryReader.class.getResource(OwnDictionaryReader.DEFAULTS + "index.txt");
        assertThat(index).isNotNull();
        assertThat(index.getProtocol()).isEqualTo("file");
        Path folder = Path.of(index.toURI()).getParent();
        Set<String> loaded = entries.stream().map(DictEntry::file).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> txt = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.equals("index.txt")).sorted(Comparator.naturalOrder()).toList();
            assertThat(loaded).containsExactlyInAnyOrderElementsOf(txt);
        }
    }

    private static boolean overlapInTime(DictEntry a, DictEntry b) {
        return a.tenures().stream().anyMatch(t -> b.tenures().stream().anyMatch(t::overlaps));
    }

    private static String codeOf(Kind kind, String name) {
        return entries.stream().filter(e -> e.kind() == kind && e.names().contains(name)).map(DictEntry::code)
                .findFirst().orElse("<missing>");
    }

    private static DictEntry person(String name) {
        return entries.stream().filter(e -> e.kind() == Kind.PERSON && e.names().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name));
    }

    private static String where(DictEntry e) {
        return e.file() + ":" + e.line();
    }
}
