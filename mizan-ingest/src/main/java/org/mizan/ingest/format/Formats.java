package org.mizan.ingest.format;

import java.util.List;
import java.util.Optional;

/** Every dataset format Mizan reads, by name. */
public final class Formats {

    public static final List<DatasetFormat> ALL = List.of(GdeltEventFormats.GDELT1, GdeltEventFormats.GDELT2,
            MentionFormats.RAW, MentionFormats.CSV, IcewsFormat.ICEWS, PolecatFormat.POLECAT, PhoenixFormat.PHOENIX);

    private Formats() {
    }

    public static Optional<DatasetFormat> byName(String name) {
        return ALL.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The names accepted by {@code --format}, besides {@code auto}. */
    public static List<String> names() {
        return ALL.stream().map(DatasetFormat::name).toList();
    }
}
