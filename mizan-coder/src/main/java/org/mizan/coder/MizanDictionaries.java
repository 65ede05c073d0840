package org.mizan.coder;

import java.util.ArrayList;
import java.util.List;
import org.mizan.coder.dict.ActorEntry;
import org.mizan.coder.dict.ActorEntry.CodeRule;
import org.mizan.coder.dict.AgentEntry;
import org.mizan.coder.dict.DictionarySet;
import org.mizan.coder.dict.DiscardEntry;
import org.mizan.coder.dict.PhraseTrie;
import org.mizan.coder.dict.VerbDictionary;
import org.mizan.coder.dict.Vocabulary;
import org.mizan.coder.dict.own.DictEntry;
import org.mizan.coder.dict.own.OwnDictionaryReader;
import org.mizan.coder.dict.own.Tenure;
import org.mizan.coder.dict.verbs.MizanVerbReader;
import org.mizan.coder.text.Token;
import org.mizan.coder.text.Tokenizer;

/**
 * Mizan's default dictionary set: the shipped actor, person, agent, issue and discard entries
 * ({@link OwnDictionaryReader}) and Mizan's own verb dictionary ({@link MizanVerbReader}).
 *
 * <p>Loaded once per JVM on first use ({@link #defaults()}) and shared. Names are tokenised with the
 * coder's own {@link Tokenizer}, so a name matches text exactly as the coder splits it ("U.S.", "Pakistan's");
 * exact-case names ({@code "US"}) match only that capitalisation.
 */
public final class MizanDictionaries {

    private MizanDictionaries() {
    }

    private static final class Holder {
        static final DictionarySet DEFAULTS = build(actorEntries(), MizanVerbReader.readDefaults());
    }

    /**
     * The shipped actor, agent, issue and discard entries. A malformed shipped file is a release bug that
     * the dictionary tests catch; here it costs that file's entries (reported on standard error) rather
     * than the whole coder.
     */
    static List<DictEntry> actorEntries() {
        try {
            return OwnDictionaryReader.readDefaults();
        } catch (RuntimeException | Error e) {
            List<DictEntry> all = new ArrayList<>();
            for (String file : resourceLines(OwnDictionaryReader.DEFAULTS + "index.txt")) {
                String f = file.replaceAll("#.*", "").trim();
                if (f.isEmpty()) {
                    continue;
                }
                try (java.io.InputStream in = MizanDictionaries.class.getResourceAsStream(OwnDictionaryReader.DEFAULTS + f)) {
                    if (in != null) {
                        all.addAll(OwnDictionaryReader.read(
                                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), f));
                    }
                } catch (Exception bad) {
                    System.err.println("mizan: skipping dictionary " + f + ": " + bad.getMessage());
                }
            }
            return all;
        }
    }

    private static List<String> resourceLines(String resource) {
        try (java.io.InputStream in = MizanDictionaries.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    public static DictionarySet defaults() {
        return Holder.DEFAULTS;
    }

    /**
     * A set from dictionary entries in Mizan's own format and a verb dictionary. The set's tries share the verb
     * dictionary's {@link Vocabulary}, which gains their words: pass a verb dictionary no coder uses yet.
     */
    public static DictionarySet build(List<DictEntry> entries, VerbDictionary verbs) {
        // one vocabulary for all tries, so a sentence's tokens are looked up once for all of them
        Vocabulary words = verbs.forms().vocabulary();
        PhraseTrie<ActorEntry> actors = new PhraseTrie<>(words);
        PhraseTrie<AgentEntry> agents = new PhraseTrie<>(words);
        PhraseTrie<String> issues = new PhraseTrie<>(words);
        PhraseTrie<DiscardEntry> discards = new PhraseTrie<>(words);
        Tokenizer tok = new Tokenizer();
        for (DictEntry e : entries) {
            switch (e.kind()) {
                case ACTOR -> addAll(actors, tok, e.names(), ActorEntry.of(e.names().get(0), e.code()), false);
                case PERSON -> {
                    List<CodeRule> rules = new ArrayList<>();
                    for (Tenure t : e.tenures()) {
                        rules.add(new CodeRule(t.code(), t.from(), t.to()));
                    }
                    addAll(actors, tok, e.names(), new ActorEntry(e.names().get(0), rules), false);
                }
                case AGENT -> addAll(agents, tok, e.names(), new AgentEntry(e.code(), false), true);
                case ISSUE -> addAll(issues, tok, e.names(), e.code(), true);
                case DISCARD -> addAll(discards, tok, e.names(), new DiscardEntry(e.code(), false), false);
                default -> { }
            }
        }
        return new DictionarySet("mizan", actors, agents, verbs, issues, discards);
    }

    private static <V> void addAll(PhraseTrie<V> trie, Tokenizer tok, List<String> names, V value, boolean plural) {
        for (String name : names) {
            List<String> words = words(tok, name);
            if (words.isEmpty()) {
                continue;
            }
            trie.add(words, value);
            String last = words.get(words.size() - 1);
            if (plural && !last.endsWith("*") && Character.isLetter(last.charAt(last.length() - 1))) {
                List<String> pl = new ArrayList<>(words);
                pl.set(pl.size() - 1, plural(last));
                trie.add(pl, value);
            }
        }
    }

    /** Token keys of a dictionary name; a trailing '*' marks the last word as a stem. */
    static List<String> words(Tokenizer tok, String name) {
        if (DictEntry.isExactCase(name.trim())) {
            // "US": only this capitalisation, so "us" in a quotation stays a pronoun
            String bare = DictEntry.bareName(name.trim());
            List<String> out = new ArrayList<>();
            for (Token t : tok.tokenize(bare, 0, bare.length())) {
                out.add("=" + t.text());
            }
            return out;
        }
        String n = name.trim();
        boolean stem = n.endsWith("*");
        if (stem) {
            n = n.substring(0, n.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (Token t : tok.tokenize(n, 0, n.length())) {
            out.add(t.key());
        }
        if (stem && !out.isEmpty()) {
            out.set(out.size() - 1, out.get(out.size() - 1) + "*");
        }
        return out;
    }

    private static String plural(String w) {
        if (w.endsWith("MAN")) {
            return w.substring(0, w.length() - 3) + "MEN";
        }
        if (w.endsWith("Y") && w.length() > 2 && "AEIOU".indexOf(w.charAt(w.length() - 2)) < 0) {
            return w.substring(0, w.length() - 1) + "IES";
        }
        return w.endsWith("S") || w.endsWith("X") || w.endsWith("CH") || w.endsWith("SH") ? w + "ES" : w + "S";
    }
}
