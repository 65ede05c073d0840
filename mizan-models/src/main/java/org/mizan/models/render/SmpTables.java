package org.mizan.models.render;

import java.util.ArrayList;
import java.util.List;
import org.mizan.models.smp.SmpActor;
import org.mizan.models.smp.SmpBargain;
import org.mizan.models.smp.SmpResult;
import org.mizan.models.smp.SmpTurn;

/**
 * The tables of an SMP run. {@code positions} has the layout of KTAB's
 * {@code dummyData_3Dim_positions.csv} ({@code Turn_t,Actor,Dim,Pos_Coord,Idl_Coord}); probabilities and
 * utilities are each challenger's own estimates ({@code Est_h = Init_i}, {@code Aff_k = Init_i}).
 */
final class SmpTables {

    private SmpTables() {
    }

    static List<Table> of(SmpResult r) {
        return List.of(positions(r), turns(r), actors(r), probabilities(r), utilities(r), bargains(r),
                input(r), ResultTables.parameters(r));
    }

    static Table positions(SmpResult r) {
        var rows = new ArrayList<List<Object>>();
        for (SmpTurn t : r.turns()) {
            for (int i = 0; i < r.actors().size(); i++) {
                for (int k = 0; k < r.dimensions().size(); k++) {
                    rows.add(List.of(t.turn(), r.actors().get(i), r.dimensions().get(k),
                            t.positions()[i][k], t.ideals()[i][k]));
                }
            }
        }
        return new Table("positions", List.of("Turn_t", "Actor", "Dim", "Pos_Coord", "Idl_Coord"), rows);
    }

    private static Table turns(SmpResult r) {
        var cols = new ArrayList<>(List.of("Turn_t", "Change", "Bargains"));
        r.dimensions().forEach(d -> cols.add("Mean_" + d));
        var rows = new ArrayList<List<Object>>();
        for (SmpTurn t : r.turns()) {
            var row = new ArrayList<Object>(List.of(t.turn(), t.change(), t.bargains().size()));
            for (int k = 0; k < r.dimensions().size(); k++) {
                double num = 0;
                double den = 0;
                for (int i = 0; i < r.actors().size(); i++) {
                    SmpActor a = r.scenario().actors().get(i);
                    num += a.capability() * a.salience()[k] * t.positions()[i][k];
                    den += a.capability() * a.salience()[k];
                }
                row.add(den == 0 ? null : num / den);
            }
            rows.add(row);
        }
        return new Table("turns", cols, rows);
    }

    private static Table actors(SmpResult r) {
        var rows = new ArrayList<List<Object>>();
        for (SmpTurn t : r.turns()) {
            for (int i = 0; i < r.actors().size(); i++) {
                rows.add(List.of(t.turn(), r.actors().get(i), t.risk()[i], t.neutralProb()[i], t.positionProb()[i],
                        t.target()[i] < 0 ? "" : r.actors().get(t.target()[i])));
            }
        }
        return new Table("actors", List.of("Turn_t", "Actor", "Risk", "Neutral_Prob", "Position_Prob", "Target"), rows);
    }

    private static Table probabilities(SmpResult r) {
        var rows = new ArrayList<List<Object>>();
        for (SmpTurn t : r.turns()) {
            for (int i = 0; i < r.actors().size(); i++) {
                for (int j = 0; j < r.actors().size(); j++) {
                    if (i != j) {
                        rows.add(List.of(t.turn(), i, i, j, t.victory()[i][j]));
                    }
                }
            }
        }
        return new Table("probabilities", List.of("Turn_t", "Est_h", "Init_i", "Rcvr_j", "Prob"), rows);
    }

    private static Table utilities(SmpResult r) {
        var rows = new ArrayList<List<Object>>();
        for (SmpTurn t : r.turns()) {
            for (int i = 0; i < r.actors().size(); i++) {
                for (int j = 0; j < r.actors().size(); j++) {
                    if (i != j) {
                        double chlg = t.challengeUtil()[i][j];
                        rows.add(List.of(t.turn(), i, i, i, j, chlg - t.gain()[i][j], chlg, t.gain()[i][j]));
                    }
                }
            }
        }
        return new Table("utilities",
                List.of("Turn_t", "Est_h", "Aff_k", "Init_i", "Rcvr_j", "Util_SQ", "Util_Chlg", "Gain"), rows);
    }

    private static Table bargains(SmpResult r) {
        var cols = new ArrayList<>(List.of("Turn_t", "Init_Act_i", "Recd_Act_j", "Value", "Init_Prob", "Init_Seld",
                "Recd_Prob", "Recd_Seld"));
        r.dimensions().forEach(d -> cols.add("Init_" + d));
        r.dimensions().forEach(d -> cols.add("Rcvr_" + d));
        var rows = new ArrayList<List<Object>>();
        for (SmpTurn t : r.turns()) {
            for (SmpBargain b : t.bargains()) {
                var row = new ArrayList<Object>(List.of(t.turn(), b.initiator(), b.receiver(), b.value(),
                        b.initProb(), b.initChosen() ? 1 : 0));
                row.add(b.statusQuo() ? null : b.rcvrProb());
                row.add(b.statusQuo() ? null : (b.rcvrChosen() ? 1 : 0));
                for (double x : b.initPosition()) {
                    row.add(x);
                }
                for (double x : b.rcvrPosition()) {
                    row.add(x);
                }
                rows.add(row);
            }
        }
        return new Table("bargains", cols, rows);
    }

    static Table input(SmpResult r) {
        var cols = new ArrayList<>(List.of("Actor", "Description", "Power"));
        for (String d : r.dimensions()) {
            cols.add(d);
            cols.add(d + " Salience");
        }
        var rows = new ArrayList<List<Object>>();
        for (SmpActor a : r.scenario().actors()) {
            var row = new ArrayList<Object>(List.of(a.name(), a.description(), a.capability()));
            for (int k = 0; k < r.dimensions().size(); k++) {
                row.add(a.position()[k]);
                row.add(a.salience()[k]);
            }
            rows.add(row);
        }
        return new Table("input", cols, rows);
    }
}
