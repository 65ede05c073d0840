package org.mizan.core.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small tab-separated table shipped as a resource: comment lines start with '#', then a header row. */
final class CodeTable {

    private CodeTable() {
    }

    /** Rows of the resource as string arrays, header and comments removed. */
    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CodeTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /** The first two columns of a resource as an ordered code -> label map. */
    static Map<String, String> labels(String resource) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] row : rows(resource)) {
            map.put(row[0], row.length > 1 ? row[1] : "");
        }
        return Collections.unmodifiableMap(map);
    }
}
