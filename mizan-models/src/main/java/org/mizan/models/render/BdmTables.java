package org.mizan.models.render;

import java.util.ArrayList;
import java.util.List;
import org.mizan.models.bdm.BdmActor;
import org.mizan.models.bdm.BdmOffer;
import org.mizan.models.bdm.BdmResult;
import org.mizan.models.bdm.BdmRound;

/** The tables of an expected-utility run; round 0 is the input. */
final class BdmTables {

    private BdmTables() {
    }

    static List<Table> of(BdmResult r) {
        return List.of(positions(r), rounds(r), risk(r), matrix(r, "probabilities", "Prob", true),
                matrix(r, "utilities", "EU", false), offers(r), input(r), ResultTables.parameters(r));
    }

    static Table positions(BdmResult r) {
        var rows = new ArrayList<List<Object>>();
        var actors = r.scenario().actors();
        for (BdmActor a : actors) {
            rows.add(List.of(0, a.name(), a.position()));
        }
        for (BdmRound round : r.roundList()) {
            for (int i = 0; i < actors.size(); i++) {
                rows.add(List.of(round.round(), actors.get(i).name(), round.after()[i]));
            }
        }
        return new Table("positions", List.of("Round", "Actor", "Position"), rows);
    }

    private static Table rounds(BdmResult r) {
        var rows = new ArrayList<List<Object>>();
        rows.add(List.of(0, r.startMedian(), r.startMean(), 0));
        for (BdmRound round : r.roundList()) {
            rows.add(List.of(round.round(), round.median(), round.mean(), round.accepted().size()));
        }
        return new Table("rounds", List.of("Round", "Median", "Mean", "Moves"), rows);
    }

    private static Table risk(BdmResult r) {
        var rows = new ArrayList<List<Object>>();
        for (BdmRound round : r.roundList()) {
            for (int i = 0; i < round.riskExponents().length; i++) {
                rows.add(List.of(round.round(), r.actors().get(i), round.riskExponents()[i]));
            }
        }
        return new Table("risk", List.of("Round", "Actor", "Risk_Exponent"), rows);
    }

    private static Table matrix(BdmResult r, String name, String value, boolean probability) {
        var rows = new ArrayList<List<Object>>();
        for (BdmRound round : r.roundList()) {
            double[][] m = probability ? round.probability() : round.expectedUtility();
            for (int i = 0; i < m.length; i++) {
                for (int j = 0; j < m.length; j++) {
                    rows.add(List.of(round.round(), r.actors().get(i), r.actors().get(j), m[i][j]));
                }
            }
        }
        return new Table(name, List.of("Round", "Actor_i", "Actor_j", value), rows);
    }

    private static Table offers(BdmResult r) {
        var rows = new ArrayList<List<Object>>();
        for (BdmRound round : r.roundList()) {
            for (BdmOffer o : round.offers()) {
                rows.add(List.of(round.round(), o.type().name(), r.actors().get(o.proposer()),
                        r.actors().get(o.receiver()), o.euReceiver(), o.euProposer(), o.newPosition(), o.accepted()));
            }
        }
        return new Table("offers", List.of("Round", "Type", "From", "To", "EU_Receiver", "EU_Proposer",
                "New_Position", "Accepted"), rows);
    }

    static Table input(BdmResult r) {
        var rows = new ArrayList<List<Object>>();
        for (BdmActor a : r.scenario().actors()) {
            rows.add(List.of(a.name(), a.capability(), a.position(), a.salience()));
        }
        return new Table("input", List.of("Actor", "Capability", "Position", "Salience"), rows);
    }
}
