package org.mizan.core.io;

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

/**
 * Reads the small tab-separated tables Mizan ships as resources: lines starting with '#' are comments, the
 * first other line is a header, every further line a row.
 */
public final class TsvResource {

    private TsvResource() {
    }

    /** Rows of a resource (resolved against {@code owner}'s package) as string arrays, header and comments removed. */
    public static List<String[]> rows(Class<?> owner, String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
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
    public static Map<String, String> labels(Class<?> owner, String resource) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] row : rows(owner, resource)) {
            map.put(row[0], row.length > 1 ? row[1] : "");
        }
        return Collections.unmodifiableMap(map);
    }
}
