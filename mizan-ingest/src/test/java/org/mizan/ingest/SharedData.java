package org.mizan.ingest;

import java.nio.file.Path;

/** Locates ../shared, the third-party data tests read (never copied into the repository). */
final class SharedData {

    private SharedData() {
    }

    static Path root() {
        return Path.of(System.getProperty("mizan.shared", "../../shared"));
    }

    static Path gdelt(String name) {
        return root().resolve("data/gdelt").resolve(name);
    }

    static final String GDELT2 = "gdelt2_20191024143000.export.CSV";
    static final String GDELT1 = "gdelt1_mixed_daily2016_and_historical1982.tsv";
    static final String MENTIONS = "gdelt2_mentions_sample_20170701.csv";

    static Path icews() {
        return root().resolve("data/icews/icews_events.2018.sample.tab");
    }
}
