package org.mizan.ingest.format;

import static org.mizan.ingest.format.DatasetFormat.col;
import static org.mizan.ingest.format.DatasetFormat.numeric;
import static org.mizan.ingest.format.DatasetFormat.required;
import static org.mizan.ingest.format.DatasetFormat.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * POLECAT weekly files ({@code ngecEvents*.txt}): tab-separated with a header, PLOVER-coded. The PLOVER
 * type and mode are kept as given. CAMEO has no exact counterpart for a PLOVER type in general, so the CAMEO
 * code stays empty and only the root is set, where every CAMEO code that maps to that PLOVER type shares one
 * root (e.g. CONSULT -> 04); the quad class follows that root. The column list is POLECAT's documented one,
 * not yet checked against a real file (see docs/IMPORT.md).
 */
public final class PolecatFormat {

    static final List<String> COLUMNS = List.of("Event ID", "Event Date", "Event Type", "Event Mode", "Intensity",
            "Quad Code", "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
            "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name",
            "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title",
            "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country",
            "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
            "Story People", "Story Organizations", "Story Locations", "Language", "Version");

    public static final DatasetFormat POLECAT = build();

    private PolecatFormat() {
    }

    private static DatasetFormat build() {
        String date = "coalesce(try_strptime(trim(" + col("Event Date") + "), '%Y-%m-%d'), try_strptime(trim("
                + col("Event Date") + "), '%Y%m%d'))";
        String type = "upper(" + text("Event Type") + ")";
        String root = Lookups.rootOfPloverType(type);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("id", "'polecat:' || trim(" + col("Event ID") + ")");
        p.put("event_date", date + "::DATE");
        p.put("date_precision", "'DAY'");
        actor(p, "src", "Actor");
        actor(p, "tgt", "Recipient");
        p.put("root", root);
        p.put("quad", Lookups.quad(root));
        p.put("plover_type", type);
        p.put("plover_mode", "lower(" + text("Event Mode") + ")");
        p.put("domains", "[]::VARCHAR[]");
        p.put("loc_country", countryCode("Country"));
        p.put("loc_name", text("Placename"));
        p.put("lat", "try_cast(" + text("Latitude") + " AS DOUBLE)");
        p.put("lon", "try_cast(" + text("Longitude") + " AS DOUBLE)");
        p.put("original_id", "trim(" + col("Event ID") + ")");
        p.put("source_name", text("Source"));
        p.put("published", text("Publication Date"));
        List<DatasetFormat.Check> checks = List.of(required("Event ID"),
                new DatasetFormat.Check(date + " IS NOT NULL",
                        "'bad date in Event Date: ''' || coalesce(" + col("Event Date") + ", '') || ''''"),
                required("Event Type"), numeric("Latitude", "DOUBLE"), numeric("Longitude", "DOUBLE"));
        return new DatasetFormat("polecat", "polecat", '\t', true, true, COLUMNS, COLUMNS.size(), "events",
                "'polecat:' || trim(" + col("Event ID") + ")", p, checks);
    }

    /** A country field that may hold an ISO3 code or a full name. */
    static String countryCode(String column) {
        return "CASE WHEN regexp_full_match(" + text(column) + ", '[A-Z]{3}') THEN " + text(column) + " ELSE "
                + IcewsFormat.country(column) + " END";
    }

    private static void actor(Map<String, String> p, String side, String prefix) {
        String sector = "upper(" + text("Primary " + prefix + " Sector") + ")";
        String role = Lookups.role(sector);
        p.put(side + "_country", countryCode(prefix + " Country"));
        p.put(side + "_roles", "list_filter([" + role + "], lambda x: x IS NOT NULL)");
        p.put(side + "_code", "nullif(coalesce(" + countryCode(prefix + " Country") + ", '') || coalesce(" + role
                + ", ''), '')");
        p.put(side + "_name", text(prefix + " Name"));
    }
}
