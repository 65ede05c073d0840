package org.mizan.analytics.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.analytics.balance.BalanceRequest;
import org.mizan.analytics.balance.BalanceResult;
import org.mizan.analytics.balance.FocalBalance;
import org.mizan.analytics.network.NetworkAnalysis;
import org.mizan.analytics.network.SignedNetwork;
import org.mizan.analytics.relations.NetCooperation;
import org.mizan.core.event.Event;
import org.mizan.store.EventStore;
import org.mizan.store.Events;

/** Computes a {@link Brief} from the store: the balance, the sentences, the network and the citations. */
public final class BriefBuilder {

    private final EventStore store;

    public BriefBuilder(EventStore store) {
        this.store = store;
    }

    public Brief build(BalanceRequest req, LocalDate today) {
        BalanceResult balance = new FocalBalance(store).compute(req);
        Map<String, String> sentences = new LinkedHashMap<>();
        Map<String, List<Citation>> evidence = new LinkedHashMap<>();
        Events events = new Events(store);
        Map<Long, LocalDate> accessed = events.batchDates();
        int footnote = 1;
        for (BalanceResult.DomainScore d : balance.domains()) {
            sentences.put(d.domain(), Sentences.domain(d.domain(), d.score(), req.focal(), req.first(), req.second()));
            List<Citation> cites = new ArrayList<>();
            for (Event e : events.byIds(d.evidence())) {
                cites.add(new Citation(footnote++, e, e.provenance().batch() == null ? null
                        : accessed.get(e.provenance().batch())));
            }
            evidence.put(d.domain(), cites);
        }
        SignedNetwork g = SignedNetwork.fromWeights(new NetCooperation(store).dyads(req.filter()), 0);
        NetworkAnalysis.Report network = g.nodeCount() == 0 ? null : NetworkAnalysis.of(g);
        String title = Sentences.name(req.focal()).replaceFirst("^the ", "") + " between "
                + Sentences.name(req.first()) + " and " + Sentences.name(req.second());
        title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        return new Brief(title, req.filter().from(), req.filter().to(), today, balance.overall().n(), balance,
                sentences, evidence, network);
    }
}
