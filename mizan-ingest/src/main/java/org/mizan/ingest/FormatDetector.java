package org.mizan.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mizan.ingest.format.DatasetFormat;
import org.mizan.ingest.format.Formats;
import org.mizan.ingest.format.GdeltEventFormats;
import org.mizan.ingest.format.IcewsFormat;
import org.mizan.ingest.format.MentionFormats;
import org.mizan.ingest.format.PhoenixFormat;
import org.mizan.ingest.format.PolecatFormat;

/**
 * Tells a file's dataset format from its first lines: a header names ICEWS, POLECAT and the comma form of
 * GDELT mentions; otherwise the field count of tab-separated lines does (61 GDELT 2.0 export, 57/58 GDELT
 * 1.0, 16 GDELT 2.0 mentions, 26 Phoenix). The most common count among the first lines wins, so one damaged
 * first line does not mislead it.
 */
final class FormatDetector {

    private FormatDetector() {
    }

    static Optional<DatasetFormat> detect(List<String> firstLines, String fileName) {
        if (firstLines.isEmpty()) {
            return Optional.empty();
        }
        String first = firstLines.get(0).replace("\uFEFF", "");
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.startsWith("event id\tevent date\tsource name")) {
            return Optional.of(IcewsFormat.ICEWS);
        }
        if (lower.startsWith("event id\tevent date\tevent type")) {
            return Optional.of(PolecatFormat.POLECAT);
        }
        if (lower.startsWith("globaleventid,eventtimedate,mentiontimedate")) {
            return Optional.of(MentionFormats.CSV);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.contains(".mentions.")) {
            return Optional.of(MentionFormats.RAW);
        }
        if (name.contains(".export.")) {
            return Optional.of(GdeltEventFormats.GDELT2);
        }
        int fields = commonFieldCount(firstLines);
        return switch (fields) {
            case 61 -> Optional.of(GdeltEventFormats.GDELT2);
            case 57, 58 -> Optional.of(GdeltEventFormats.GDELT1);
            case 16 -> Optional.of(MentionFormats.RAW);
            case 26 -> Optional.of(PhoenixFormat.PHOENIX);
            default -> Optional.empty();
        };
    }

    private static int commonFieldCount(List<String> lines) {
        int best = -1;
        int bestVotes = 0;
        for (String line : lines) {
            int n = line.split("\t", -1).length;
            int votes = (int) lines.stream().filter(l -> l.split("\t", -1).length == n).count();
            if (votes > bestVotes) {
                best = n;
                bestVotes = votes;
            }
        }
        return best;
    }

    /** The formats a user may name, for error messages. */
    static String choices() {
        return "auto, " + String.join(", ", Formats.names());
    }
}
