package org.mizan.ingest.format;

import static org.mizan.ingest.format.DatasetFormat.col;
import static org.mizan.ingest.format.DatasetFormat.numeric;
import static org.mizan.ingest.format.DatasetFormat.required;
import static org.mizan.ingest.format.DatasetFormat.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GDELT event files: 1.0 (57 columns in the historical backfiles, 58 in daily files with SOURCEURL) and 2.0
 * exports (61 columns: 1.0's plus ADM2 codes per geography). Tab-separated, no header, never quoted.
 *
 * <p>Column names follow GDELT's codebooks. GDELT's own Goldstein and QuadClass are kept as given; the
 * PLOVER type and mode come from Mizan's CAMEO ontology; geography uses the action location, whose FIPS 10-4
 * country code is mapped to ISO3. Those lookups are row-local ({@link Lookups}), so GDELT files import in
 * one parallel scan.
 */
public final class GdeltEventFormats {

    private static final List<String> ACTOR = List.of("Code", "Name", "CountryCode", "KnownGroupCode",
            "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code");
    private static final List<String> EVENT = List.of("IsRootEvent", "EventCode", "EventBaseCode",
            "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone");

    private GdeltEventFormats() {
    }

    public static final DatasetFormat GDELT1 = build("gdelt1", false);
    public static final DatasetFormat GDELT2 = build("gdelt2", true);

    /** The column list of a GDELT event file, in codebook order. */
    static List<String> columns(boolean v2) {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String side : List.of("Actor1", "Actor2")) {
            ACTOR.forEach(a -> c.add(side + a));
        }
        c.addAll(EVENT);
        for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            c.addAll(List.of(geo + "Type", geo + "FullName", geo + "CountryCode", geo + "ADM1Code"));
            if (v2) {
                c.add(geo + "ADM2Code");
            }
            c.addAll(List.of(geo + "Lat", geo + "Long", geo + "FeatureID"));
        }
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        return c;
    }

    private static DatasetFormat build(String dataset, boolean v2) {
        List<String> cols = columns(v2);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("id", "'" + dataset + ":' || trim(" + col("GLOBALEVENTID") + ")");
        p.put("event_date", "try_strptime(trim(" + col("SQLDATE") + "), '%Y%m%d')::DATE");
        p.put("date_precision", "'DAY'");
        actor(p, "src", "Actor1");
        actor(p, "tgt", "Actor2");
        p.put("cameo", "trim(" + col("EventCode") + ")");
        p.put("root", text("EventRootCode"));
        p.put("quad", "try_cast(" + text("QuadClass") + " AS TINYINT)");
        p.put("goldstein", "try_cast(" + text("GoldsteinScale") + " AS DOUBLE)");
        p.put("plover_type", Lookups.ploverType("trim(" + col("EventCode") + ")"));
        p.put("plover_mode", Lookups.ploverMode("trim(" + col("EventCode") + ")"));
        p.put("domains", "[]::VARCHAR[]");
        p.put("loc_country", Lookups.fipsToIso3(text("ActionGeo_CountryCode")));
        p.put("loc_name", text("ActionGeo_FullName"));
        p.put("lat", "try_cast(" + text("ActionGeo_Lat") + " AS DOUBLE)");
        p.put("lon", "try_cast(" + text("ActionGeo_Long") + " AS DOUBLE)");
        p.put("original_id", "trim(" + col("GLOBALEVENTID") + ")");
        p.put("url", text("SOURCEURL"));
        p.put("mentions", "try_cast(" + text("NumMentions") + " AS INTEGER)");
        p.put("sources", "try_cast(" + text("NumSources") + " AS INTEGER)");
        p.put("articles", "try_cast(" + text("NumArticles") + " AS INTEGER)");
        p.put("tone", "try_cast(" + text("AvgTone") + " AS DOUBLE)");
        List<DatasetFormat.Check> checks = List.of(
                required("GLOBALEVENTID"),
                numeric("GLOBALEVENTID", "BIGINT"),
                new DatasetFormat.Check("try_strptime(trim(" + col("SQLDATE") + "), '%Y%m%d') IS NOT NULL",
                        "'bad date in SQLDATE: ''' || coalesce(" + col("SQLDATE") + ", '') || ''''"),
                new DatasetFormat.Check(Lookups.isCameoCode("trim(" + col("EventCode") + ")"),
                        "'unknown CAMEO code in EventCode: ''' || coalesce(" + col("EventCode") + ", '') || ''''"),
                new DatasetFormat.Check(text("QuadClass") + " IN ('1', '2', '3', '4')",
                        "'bad QuadClass: ''' || coalesce(" + col("QuadClass") + ", '') || ''''"),
                numeric("GoldsteinScale", "DOUBLE"),
                numeric("NumMentions", "INTEGER"),
                numeric("AvgTone", "DOUBLE"));
        // 1.0 historical rows lack SOURCEURL (57 fields); 2.0 rows always have all 61.
        return new DatasetFormat(dataset, dataset, '\t', false, false, cols, v2 ? cols.size() : cols.size() - 1,
                "events", "'" + dataset + ":' || trim(" + col("GLOBALEVENTID") + ")", p, checks);
    }

    private static void actor(Map<String, String> p, String side, String prefix) {
        p.put(side + "_code", text(prefix + "Code"));
        p.put(side + "_country", "coalesce(" + Lookups.legacyToIso3(text(prefix + "CountryCode")) + ", "
                + text(prefix + "CountryCode") + ")");
        p.put(side + "_group", text(prefix + "KnownGroupCode"));
        p.put(side + "_roles", "list_filter([" + text(prefix + "Type1Code") + ", " + text(prefix + "Type2Code") + ", "
                + text(prefix + "Type3Code") + "], lambda x: x IS NOT NULL)");
        p.put(side + "_name", text(prefix + "Name"));
    }
}
