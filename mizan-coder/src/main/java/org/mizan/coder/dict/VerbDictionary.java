package org.mizan.coder.dict;

import java.util.ArrayList;
import java.util.List;

/**
 * Verb forms (single or multi-word, all inflections spelt out) mapped to their verb groups.
 *
 * <p>Immutable after its reader has filled it; safe to share between threads. Look-up of the longest verb
 * form at a token is a {@link PhraseTrie} walk.
 */
public final class VerbDictionary {

    private final PhraseTrie<VerbForm> forms = new PhraseTrie<>();
    private final List<VerbGroup> groups = new ArrayList<>();
    private final java.util.Set<String> nounStarts = new java.util.HashSet<>();

    public void add(VerbGroup group) {
        groups.add(group);
    }

    /** Adds a surface form (upper-case words) of {@code group}. */
    public void addForm(List<String> words, VerbForm form) {
        forms.add(words, form);
        if (form.noun()) {
            nounStarts.add(words.get(0));
        }
    }

    /** True when some noun form (a "; noun" line) starts with this upper-case word: worth a look after "the". */
    public boolean startsNoun(String word) {
        return nounStarts.contains(word);
    }

    public PhraseTrie<VerbForm> forms() {
        return forms;
    }

    public List<VerbGroup> groups() {
        return List.copyOf(groups);
    }

    /** Number of patterns over all groups. */
    public int patternCount() {
        int n = 0;
        for (VerbGroup g : groups) {
            n += g.patterns().size();
        }
        return n;
    }
}
