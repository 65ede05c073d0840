package org.mizan.analytics.stakeholders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mizan.analytics.balance.BalanceRequest;
import org.mizan.analytics.balance.BalanceResult;
import org.mizan.analytics.balance.FocalBalance;
import org.mizan.analytics.relations.Domains;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;
import org.mizan.store.Sql;
import org.mizan.store.StoreException;

/**
 * Builds a stakeholder table for an alignment issue ("0 = first power, 100 = second power") from the
 * store (docs/stakeholders.md):
 *
 * <ul>
 *   <li>position = 50 + 50 x the actor's balance score between the powers (each power sits at its own end);
 *       50 when the actor has no events with either power;</li>
 *   <li>salience = the share of the actor's events that fall in the domains (0.5 without events);</li>
 *   <li>capability = the analyst's figure, read from a CSV with columns actor, name, capability[, note].</li>
 * </ul>
 */
public final class StakeholderTable {

    private final EventStore store;

    public StakeholderTable(EventStore store) {
        this.store = store;
    }

    /** An analyst's capability row. */
    public record Capability(String actor, String name, double capability) {
    }

    public List<Stakeholder> build(String first, String second, List<String> domains, List<Capability> caps,
                                   EventQuery filter) {
        List<Stakeholder> out = new ArrayList<>();
        for (Capability c : caps) {
            String actor = c.actor().toUpperCase(Locale.ROOT);
            double[] sal = salience(actor, domains, filter);
            String salNote = sal[1] == 0 ? "no events: salience 0.5 by default" : String.format(Locale.ROOT,
                    "salience from %d of %d events on %s", (long) sal[0], (long) sal[1], String.join("/", domains));
            double salience = sal[1] == 0 ? 0.5 : sal[0] / sal[1];
            if (actor.equals(first) || actor.equals(second)) {
                out.add(new Stakeholder(actor, c.name(), c.capability(), actor.equals(first) ? 0 : 100, salience, 0,
                        "a pole of the issue; " + salNote));
                continue;
            }
            BalanceResult r = new FocalBalance(store).compute(new BalanceRequest(actor, first, second, filter, null, 0, 1));
            Double score = r.overall().score();
            double position = score == null ? 50 : 50 + 50 * score;
            String posNote = score == null ? "no events with either power: position 50 by default"
                    : String.format(Locale.ROOT, "position from %d events (%d with %s, %d with %s)", r.overall().n(),
                    r.overall().nFirst(), first, r.overall().nSecond(), second);
            out.add(new Stakeholder(actor, c.name(), c.capability(), position, salience, r.overall().n(),
                    posNote + "; " + salNote));
        }
        return out;
    }

    /** {events on the domains, all events} of an actor (country code or actor-code prefix). */
    private double[] salience(String actor, List<String> domains, EventQuery filter) {
        Sql rel = filter.withoutActors().withLimit(null, null).relation();
        String side = actor.length() == 3 ? "(src_country = ? OR tgt_country = ?)"
                : "(starts_with(src_code, ?) OR starts_with(tgt_code, ?))";
        String marks = String.join(", ", java.util.Collections.nCopies(domains.size(), "?"));
        String sql = "SELECT count(*) FILTER (WHERE list_has_any(" + Domains.effectiveSql() + ", [" + marks
                + "]::VARCHAR[])), count(*) FROM " + rel.text() + " e WHERE " + side;
        List<Object> params = new ArrayList<>(domains);
        params.addAll(rel.params());
        params.add(actor);
        params.add(actor);
        try (PreparedStatement ps = new Sql(sql, params).prepare(store.connection()); ResultSet r = ps.executeQuery()) {
            r.next();
            return new double[] {r.getLong(1), r.getLong(2)};
        } catch (SQLException e) {
            throw new StoreException("cannot compute salience: " + EventStore.firstLine(e.getMessage()), e);
        }
    }

    /** Reads an analyst's capability table (actor, name, capability, and any further columns). */
    public static List<Capability> readCapabilities(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(csv + ": empty capability table");
        }
        List<String> head = List.of(lines.get(0).replace("\uFEFF", "").toLowerCase(Locale.ROOT).split(",", -1));
        int a = head.indexOf("actor");
        int n = head.indexOf("name");
        int c = head.indexOf("capability");
        if (a < 0 || c < 0) {
            throw new IllegalArgumentException(csv + ":1: the header needs the columns actor and capability");
        }
        List<Capability> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split(",", -1);
            try {
                out.add(new Capability(f[a].trim(), n >= 0 && n < f.length ? f[n].trim() : f[a].trim(),
                        Double.parseDouble(f[c].trim())));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(csv + ":" + (i + 1) + ": bad row, need an actor and a numeric capability");
            }
        }
        return out;
    }

    /** The table as CSV in the expected-utility model's columns, with the evidence columns after them. */
    public static String csv(List<Stakeholder> rows) {
        StringBuilder sb = new StringBuilder("Actor,Capability,Position,Salience,Events,Name,Note\n");
        for (Stakeholder s : rows) {
            sb.append(String.format(Locale.ROOT, "%s,%s,%.2f,%.3f,%d,%s,%s%n", s.actor(), trim(s.capability()),
                    s.position(), s.salience(), s.events(), s.name().replace(',', ';'), s.note().replace(',', ';')));
        }
        return sb.toString();
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
