package org.mizan.ingest.format;

import static org.mizan.ingest.format.DatasetFormat.col;
import static org.mizan.ingest.format.DatasetFormat.numeric;
import static org.mizan.ingest.format.DatasetFormat.required;
import static org.mizan.ingest.format.DatasetFormat.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GDELT 2.0 mentions: every article that mentioned an event, keyed by the event's GLOBALEVENTID. Raw files
 * are tab-separated with 16 columns and no header; the comma-separated form with a lower-case header (as
 * gdeltPyR saves them) is read too. Rows go to the {@code mentions} table, one per event, article and
 * sentence.
 */
public final class MentionFormats {

    static final List<String> COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType",
            "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
            "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");

    public static final DatasetFormat RAW = build("gdelt2-mentions", '\t', false, COLUMNS);
    public static final DatasetFormat CSV = build("gdelt2-mentions-csv", ',', true,
            COLUMNS.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());

    private MentionFormats() {
    }

    private static DatasetFormat build(String name, char delimiter, boolean header, List<String> cols) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("event_original_id", "trim(" + col(cols.get(0)) + ")");
        p.put("event_time", text(cols.get(1)));
        p.put("mention_time", text(cols.get(2)));
        p.put("mention_type", "try_cast(" + text(cols.get(3)) + " AS INTEGER)");
        p.put("source_name", text(cols.get(4)));
        p.put("identifier", text(cols.get(5)));
        List<String> ints = List.of("sentence_id", "actor1_offset", "actor2_offset", "action_offset", "in_raw_text",
                "confidence", "doc_len");
        for (int i = 0; i < ints.size(); i++) {
            p.put(ints.get(i), "try_cast(" + text(cols.get(6 + i)) + " AS INTEGER)");
        }
        p.put("doc_tone", "try_cast(" + text(cols.get(13)) + " AS DOUBLE)");
        p.put("translation_info", text(cols.get(14)));
        p.put("extras", text(cols.get(15)));
        // One mention is one article sentence's reference to an event; GDELT lists the same sentence twice when
        // both actors are found in it at different offsets, so the offsets belong to the identity.
        String id = "concat_ws('|', " + String.join(", ", java.util.stream.IntStream.of(0, 5, 6, 7, 8, 9)
                .mapToObj(i -> "coalesce(trim(" + col(cols.get(i)) + "), '')").toList()) + ")";
        List<DatasetFormat.Check> checks = List.of(required(cols.get(0)), numeric(cols.get(0), "BIGINT"),
                required(cols.get(5)), numeric(cols.get(6), "INTEGER"), numeric(cols.get(11), "INTEGER"),
                numeric(cols.get(13), "DOUBLE"),
                new DatasetFormat.Check("try_strptime(trim(" + col(cols.get(1)) + "), '%Y%m%d%H%M%S') IS NOT NULL",
                        "'bad date in EventTimeDate: ''' || coalesce(" + col(cols.get(1)) + ", '') || ''''"),
                new DatasetFormat.Check("try_strptime(trim(" + col(cols.get(2)) + "), '%Y%m%d%H%M%S') IS NOT NULL",
                        "'bad date in MentionTimeDate: ''' || coalesce(" + col(cols.get(2)) + ", '') || ''''"));
        return new DatasetFormat(name, "gdelt2", delimiter, header, delimiter == ',', cols, cols.size(), "mentions",
                id, p, checks);
    }
}
