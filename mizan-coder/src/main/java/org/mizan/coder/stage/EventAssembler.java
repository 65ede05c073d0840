package org.mizan.coder.stage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mizan.coder.text.Token;
import org.mizan.core.actor.ActorCodes;
import org.mizan.core.cameo.CameoEventType;
import org.mizan.core.cameo.CameoOntology;
import org.mizan.core.cameo.QuadClass;
import org.mizan.core.event.Actor;
import org.mizan.core.event.Event;
import org.mizan.core.event.Marks;
import org.mizan.core.event.Provenance;

/**
 * Builds Mizan's shared {@link Event} records from a sentence's drafts: CAMEO root, quad class, Goldstein
 * weight and PLOVER type and mode from the {@link CameoOntology}, domains from the code and the
 * sentence's issue terms, the sentence's resolved date, and provenance (document, sentence index,
 * character offsets and text).
 *
 * <p>A code the ontology does not know (legacy codes in old dictionaries such as "174K") keeps its root
 * and quad class when its first two characters are a root, and has no Goldstein weight. The same
 * (source, target, code) is reported once per sentence.
 */
public final class EventAssembler {

    /** The events of {@code a}, in the order their verbs appear. */
    public List<Event> assemble(SentenceAnalysis a) {
        List<Event> out = new ArrayList<>(a.events().size());
        if (a.discard() != null) {
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        String published = a.document().date() == null ? null : a.document().date().toString();
        Provenance prov = Provenance.ofText(a.document().id(), a.sentence().index(), a.sentence().start(),
                a.sentence().end(), a.sentence().text(), a.document().url(), a.document().source(), published);
        for (EventDraft d : a.events()) {
            String key = d.source().code() + "|" + (d.target() == null ? "" : d.target().code()) + "|" + d.code();
            if (!seen.add(key)) {
                continue;
            }
            Optional<CameoEventType> type = CameoOntology.get().find(d.code());
            String root = type.map(CameoEventType::root).orElse(rootOf(d.code()));
            int quad = type.map(CameoEventType::quad).orElse(root == null ? 0 : QuadClass.ofRoot(Integer.parseInt(root)).number());
            Set<String> domains = new LinkedHashSet<>(DomainStage.ofCode(d.code()));
            domains.addAll(a.domains());
            String id = a.document().id() + ":" + a.sentence().index() + ":" + out.size();
            out.add(new Event(id, a.date(), a.precision(), actor(d.source()), actor(d.target()), d.code(), root, quad,
                    type.map(CameoEventType::goldstein).orElse(null), type.map(CameoEventType::ploverType).orElse(null),
                    type.map(CameoEventType::ploverMode).orElse(null), List.copyOf(domains), null,
                    prov.withMarks(marks(a, d)),
                    Math.round(d.confidence() * 100) / 100.0, null, null, null, null));
        }
        return out;
    }

    /** Where the draft's actors and verb stand in the sentence text, so the evidence view can mark them. */
    static Marks marks(SentenceAnalysis a, EventDraft d) {
        List<Token> tokens = a.tokens();
        int base = a.sentence().start();
        Marks.Span verb = span(tokens, base, d.verbStart(), d.verbEnd());
        Marks.Span source = d.source() == null ? null : span(tokens, base, d.source().start(), d.source().end());
        Marks.Span target = d.target() == null ? null : span(tokens, base, d.target().start(), d.target().end());
        return new Marks(source, target, verb);
    }

    /** Tokens [from, to) as characters of the sentence; null when the words are not in this sentence. */
    private static Marks.Span span(List<Token> tokens, int base, int from, int to) {
        if (from < 0 || to <= from || to > tokens.size()) {
            return null;
        }
        return new Marks.Span(tokens.get(from).start() - base, tokens.get(to - 1).end() - base);
    }

    private static String rootOf(String code) {
        if (code.length() >= 2 && Character.isDigit(code.charAt(0)) && Character.isDigit(code.charAt(1))) {
            int r = Integer.parseInt(code.substring(0, 2));
            return r >= 1 && r <= 20 ? code.substring(0, 2) : null;
        }
        return null;
    }

    static Actor actor(ActorMention m) {
        if (m == null) {
            return null;
        }
        if (m.agentOnly()) {
            String role = m.code().substring(3);
            return new Actor(m.code(), null, null, role.isEmpty() ? List.of() : List.of(role), m.name());
        }
        return ActorCodes.parse(m.code(), m.name());
    }
}
