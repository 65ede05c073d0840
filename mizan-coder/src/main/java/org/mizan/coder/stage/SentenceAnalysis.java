package org.mizan.coder.stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mizan.coder.dict.Vocabulary;
import org.mizan.coder.dict.WordIds;
import org.mizan.coder.doc.Document;
import org.mizan.coder.text.Sentence;
import org.mizan.coder.text.Token;
import org.mizan.core.event.DatePrecision;

/**
 * What the stages know about one sentence: its tokens, and the actors, verbs, events, date and domains the
 * stages have found so far. Mutable, owned by one thread for the time one sentence is coded.
 */
public final class SentenceAnalysis {

    private final Document document;
    private final Sentence sentence;
    private final List<Token> tokens;
    private final List<ActorMention> actors = new ArrayList<>();
    private final List<VerbMention> verbs = new ArrayList<>();
    private final List<EventDraft> events = new ArrayList<>();
    private final Set<String> domains = new LinkedHashSet<>();
    private LocalDate date;
    private DatePrecision precision = DatePrecision.DAY;
    private String discard;
    private int[] actorIndex;
    private int actorIndexSize = -1;
    private PatternKeys patternKeys;
    private List<WordIds> wordIds;
    private boolean storyDiscard;
    private final Focus focus;

    public SentenceAnalysis(Document document, Sentence sentence, List<Token> tokens) {
        this(document, sentence, tokens, new Focus());
    }

    /** An analysis that shares {@code focus} with the other sentences of its document. */
    public SentenceAnalysis(Document document, Sentence sentence, List<Token> tokens, Focus focus) {
        this.focus = focus;
        this.document = document;
        this.sentence = sentence;
        this.tokens = List.copyOf(tokens);
        this.date = document.date();
    }

    public Document document() {
        return document;
    }

    /** What the document is about so far (see {@link Focus}). */
    public Focus focus() {
        return focus;
    }

    public Sentence sentence() {
        return sentence;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<ActorMention> actors() {
        return actors;
    }

    public List<VerbMention> verbs() {
        return verbs;
    }

    public List<EventDraft> events() {
        return events;
    }

    public Set<String> domains() {
        return domains;
    }

    public LocalDate date() {
        return date;
    }

    public DatePrecision precision() {
        return precision;
    }

    public void date(LocalDate d, DatePrecision p) {
        this.date = d;
        this.precision = p;
    }

    /** Why the sentence is out of scope, or null. */
    public String discard() {
        return discard;
    }

    public boolean storyDiscard() {
        return storyDiscard;
    }

    public void discard(String reason, boolean story) {
        this.discard = reason == null ? "discard" : reason;
        this.storyDiscard = story;
    }

    /** The actor mention covering token {@code i}, or null. O(1) once the actors are known. */
    public ActorMention actorAt(int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        if (actorIndexSize != actors.size()) {
            // mentions are only added or replaced in place, so an index by size stays valid
            actorIndex = new int[tokens.size()];
            java.util.Arrays.fill(actorIndex, -1);
            for (int k = actors.size() - 1; k >= 0; k--) {
                ActorMention m = actors.get(k);
                for (int t = Math.max(0, m.start()); t < m.end() && t < actorIndex.length; t++) {
                    actorIndex[t] = k;
                }
            }
            actorIndexSize = actors.size();
        }
        return actorIndex[i] < 0 ? null : actors.get(actorIndex[i]);
    }

    /** True when some token of the sentence has this upper-case key. */
    public boolean hasKey(String key) {
        // asked for a word or two per sentence ("THAT", "AGO"): a scan costs less than building a set
        for (Token t : tokens) {
            if (t.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's words as verb patterns can match them, built on first use. */
    PatternKeys patternKeys() {
        if (patternKeys == null) {
            patternKeys = new PatternKeys(tokens);
        }
        return patternKeys;
    }

    /** The tokens as ids of {@code vocabulary}, looked up once for all the tries that share it. */
    public WordIds wordIds(Vocabulary vocabulary) {
        if (wordIds == null) {
            wordIds = new ArrayList<>(1);
        }
        for (WordIds w : wordIds) {
            if (w.vocabulary() == vocabulary) {
                return w;
            }
        }
        WordIds w = vocabulary.ids(tokens);
        wordIds.add(w);
        return w;
    }

    /** Upper-case key of the word before token {@code start}, past a "the" ("in the Gaza Strip": IN). */
    public String keyBefore(int start) {
        return key(start - 1).equals("THE") ? key(start - 2) : key(start - 1);
    }

    /** Upper-case key of token {@code i}, or "" outside the sentence. */
    public String key(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).key() : "";
    }
}
