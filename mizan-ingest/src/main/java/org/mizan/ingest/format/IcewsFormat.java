package org.mizan.ingest.format;

import static org.mizan.ingest.format.DatasetFormat.col;
import static org.mizan.ingest.format.DatasetFormat.numeric;
import static org.mizan.ingest.format.DatasetFormat.required;
import static org.mizan.ingest.format.DatasetFormat.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ICEWS event files (Dataverse {@code events.YYYY.*.tab}): tab-separated with a header, 20 columns, missing
 * values empty or "NA". Countries are full names ("Russian Federation"), mapped to ISO3 through Mizan's
 * country names; sectors ("Military,Government") become CAMEO roles through icews-sectors.tsv, and the
 * actor code is country + primary role (RUSMIL). Goldstein is ICEWS's "Intensity", which follows ICEWS's own
 * CAMEO table. All lookups are row-local ({@link Lookups}), so ICEWS files import in one parallel scan.
 */
public final class IcewsFormat {

    static final List<String> COLUMNS = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
            "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
            "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country",
            "Latitude", "Longitude");

    public static final DatasetFormat ICEWS = build();

    private IcewsFormat() {
    }

    private static DatasetFormat build() {
        String code = "trim(" + col("CAMEO Code") + ")";
        Map<String, String> p = new LinkedHashMap<>();
        p.put("id", "'icews:' || trim(" + col("Event ID") + ")");
        p.put("event_date", "try_strptime(trim(" + col("Event Date") + "), '%Y-%m-%d')::DATE");
        p.put("date_precision", "'DAY'");
        actor(p, "src", "Source");
        actor(p, "tgt", "Target");
        p.put("cameo", "trim(" + col("CAMEO Code") + ")");
        p.put("root", "substr(trim(" + col("CAMEO Code") + "), 1, 2)");
        p.put("quad", Lookups.quad(code));
        p.put("goldstein", "try_cast(" + text("Intensity") + " AS DOUBLE)");
        p.put("plover_type", Lookups.ploverType(code));
        p.put("plover_mode", Lookups.ploverMode(code));
        p.put("domains", "[]::VARCHAR[]");
        p.put("loc_country", country("Country"));
        p.put("loc_name", "nullif(concat_ws(', ', " + text("City") + ", " + text("District") + ", " + text("Province")
                + ", " + text("Country") + "), '')");
        p.put("lat", "try_cast(" + text("Latitude") + " AS DOUBLE)");
        p.put("lon", "try_cast(" + text("Longitude") + " AS DOUBLE)");
        p.put("original_id", "trim(" + col("Event ID") + ")");
        p.put("doc_id", text("Story ID"));
        p.put("sentence", "try_cast(" + text("Sentence Number") + " AS INTEGER)");
        p.put("evidence", text("Event Text"));
        p.put("source_name", text("Publisher"));
        List<DatasetFormat.Check> checks = List.of(required("Event ID"),
                new DatasetFormat.Check("try_strptime(trim(" + col("Event Date") + "), '%Y-%m-%d') IS NOT NULL",
                        "'bad date in Event Date: ''' || coalesce(" + col("Event Date") + ", '') || ''''"),
                new DatasetFormat.Check(Lookups.isCameoCode(code),
                        "'unknown CAMEO code: ''' || coalesce(" + col("CAMEO Code") + ", '') || ''''"),
                numeric("Intensity", "DOUBLE"), numeric("Latitude", "DOUBLE"), numeric("Longitude", "DOUBLE"));
        return new DatasetFormat("icews", "icews", '\t', true, true, COLUMNS, COLUMNS.size(), "events",
                "'icews:' || trim(" + col("Event ID") + ")", p, checks);
    }

    static String country(String column) {
        return Lookups.countryByName(text(column));
    }

    private static void actor(Map<String, String> p, String side, String prefix) {
        String roles = Lookups.icewsRoles(text(prefix + " Sectors"));
        p.put(side + "_country", country(prefix + " Country"));
        p.put(side + "_roles", "coalesce(" + roles + ", []::VARCHAR[])");
        p.put(side + "_code", "nullif(coalesce(" + country(prefix + " Country") + ", '') || coalesce(" + roles
                + "[1], ''), '')");
        p.put(side + "_name", text(prefix + " Name"));
    }
}
