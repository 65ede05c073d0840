package org.mizan.ingest.format;

import static org.mizan.ingest.format.DatasetFormat.col;
import static org.mizan.ingest.format.DatasetFormat.numeric;
import static org.mizan.ingest.format.DatasetFormat.required;
import static org.mizan.ingest.format.DatasetFormat.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Phoenix (Open Event Data Alliance, PETRARCH-coded) daily files: tab-separated, no header, 26 columns.
 * Phoenix's QuadClass uses its own 0-4 scheme, so Mizan recomputes the quad class from the CAMEO root;
 * Phoenix's Goldstein score is kept as given. Issues become domains as they are written.
 */
public final class PhoenixFormat {

    static final List<String> COLUMNS = List.of("EventID", "Date", "Year", "Month", "Day", "SourceActorFull",
            "SourceActorEntity", "SourceActorRole", "SourceActorAttribute", "TargetActorFull", "TargetActorEntity",
            "TargetActorRole", "TargetActorAttribute", "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore",
            "Issues", "Lat", "Lon", "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources");

    public static final DatasetFormat PHOENIX = build();

    private PhoenixFormat() {
    }

    private static DatasetFormat build() {
        String code = "trim(" + col("EventCode") + ")";
        Map<String, String> p = new LinkedHashMap<>();
        p.put("id", "'phoenix:' || trim(" + col("EventID") + ")");
        p.put("event_date", "try_strptime(trim(" + col("Date") + "), '%Y%m%d')::DATE");
        p.put("date_precision", "'DAY'");
        actor(p, "src", "Source");
        actor(p, "tgt", "Target");
        p.put("cameo", code);
        p.put("root", "substr(" + code + ", 1, 2)");
        p.put("quad", Lookups.quad(code));
        p.put("goldstein", "try_cast(" + text("GoldsteinScore") + " AS DOUBLE)");
        p.put("plover_type", Lookups.ploverType(code));
        p.put("plover_mode", Lookups.ploverMode(code));
        p.put("domains", "coalesce(list_filter(list_transform(string_split(" + text("Issues")
                + ", ';'), lambda x: lower(trim(split_part(x, ',', 1)))), lambda x: x <> ''), []::VARCHAR[])");
        p.put("loc_country", PolecatFormat.countryCode("CountryCode"));
        p.put("loc_name", text("LocationName"));
        p.put("lat", "try_cast(" + text("Lat") + " AS DOUBLE)");
        p.put("lon", "try_cast(" + text("Lon") + " AS DOUBLE)");
        p.put("original_id", "trim(" + col("EventID") + ")");
        p.put("url", "nullif(split_part(" + text("URLs") + ", ';', 1), '')");
        p.put("source_name", text("NewsSources"));
        List<DatasetFormat.Check> checks = List.of(required("EventID"),
                new DatasetFormat.Check("try_strptime(trim(" + col("Date") + "), '%Y%m%d') IS NOT NULL",
                        "'bad date in Date: ''' || coalesce(" + col("Date") + ", '') || ''''"),
                new DatasetFormat.Check(Lookups.isCameoCode(code),
                        "'unknown CAMEO code in EventCode: ''' || coalesce(" + col("EventCode") + ", '') || ''''"),
                numeric("GoldsteinScore", "DOUBLE"), numeric("Lat", "DOUBLE"), numeric("Lon", "DOUBLE"));
        return new DatasetFormat("phoenix", "phoenix", '\t', false, false, COLUMNS, COLUMNS.size(), "events",
                "'phoenix:' || trim(" + col("EventID") + ")", p, checks);
    }

    private static void actor(Map<String, String> p, String side, String prefix) {
        p.put(side + "_code", text(prefix + "ActorFull"));
        p.put(side + "_country", text(prefix + "ActorEntity"));
        p.put(side + "_roles", "list_filter([" + text(prefix + "ActorRole") + "], lambda x: x IS NOT NULL)");
    }
}
