package org.mizan.models.render;

import java.util.ArrayList;
import java.util.List;
import org.mizan.models.ModelResult;
import org.mizan.models.bdm.BdmResult;
import org.mizan.models.smp.SmpResult;

/** Breaks any model result into its named tables. */
public final class ResultTables {

    private ResultTables() {
    }

    /** Every table of the result, the main one ({@code positions}) first. */
    public static List<Table> of(ModelResult result) {
        if (result instanceof BdmResult b) {
            return BdmTables.of(b);
        }
        if (result instanceof SmpResult s) {
            return SmpTables.of(s);
        }
        throw new IllegalArgumentException("no tables for " + result.getClass().getName());
    }

    /** The named table. */
    public static Table get(ModelResult result, String name) {
        return of(result).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }

    static Table parameters(ModelResult r) {
        var rows = new ArrayList<List<Object>>();
        rows.add(List.of("model", r.model()));
        r.parameters().forEach((k, v) -> rows.add(List.of(k, v)));
        rows.add(List.of("mizan.version", version()));
        return new Table("parameters", List.of("Name", "Value"), rows);
    }

    static String version() {
        String v = ResultTables.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
