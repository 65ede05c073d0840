package org.mizan.coder.dict;

import java.util.ArrayList;
import java.util.List;

/**
 * What each pattern of a verb group cannot match without, so a sentence lacking it skips the pattern
 * before the real match: its exact words, its stems (without the '*'), and its synonym sets (one of whose
 * phrases must start somewhere). Most Phoenix patterns have no exact word but a stem or a set, and a verb
 * mention meets some seventeen patterns, so testing these first spares nearly all matches.
 *
 * <p>Words and stems are kept as String hashes in one flat array per group, since the test runs for every
 * pattern of every verb mention and objects per pattern cost a cache miss each. A set given as a plain
 * list (not a {@link Synset}) is not indexed, so it is no need.
 */
public final class PatternNeeds {

    /** Per pattern p, data[offsets[p]..] holds: word count, stem count, word hashes, stem hashes. */
    private final int[] offsets;
    private final int[] data;
    /** Per pattern, its sets, or null (most have none). */
    private final Synset[][] synsets;
    private final int[] specificity;

    PatternNeeds(List<VerbPattern> patterns) {
        int n = patterns.size();
        offsets = new int[n];
        synsets = new Synset[n][];
        specificity = new int[n];
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            VerbPattern pattern = patterns.get(p);
            List<Integer> words = new ArrayList<>(2);
            List<Integer> stems = new ArrayList<>(1);
            List<Synset> sets = new ArrayList<>(1);
            for (List<PatternElement> side : List.of(pattern.before(), pattern.after())) {
                for (PatternElement e : side) {
                    if (e.kind() == PatternElement.Kind.WORD && e.word().equals("*")) {
                        continue; // takes any short word
                    } else if (e.kind() == PatternElement.Kind.WORD && e.word().endsWith("*")) {
                        stems.add(e.word().substring(0, e.word().length() - 1).hashCode());
                    } else if (e.kind() == PatternElement.Kind.WORD) {
                        words.add(e.word().hashCode());
                    } else if (e.kind() == PatternElement.Kind.SYNSET && e.synset() instanceof Synset s) {
                        sets.add(s);
                    }
                }
            }
            offsets[p] = out.size();
            out.add(words.size());
            out.add(stems.size());
            out.addAll(words);
            out.addAll(stems);
            synsets[p] = sets.isEmpty() ? null : sets.toArray(Synset[]::new);
            specificity[p] = pattern.specificity();
        }
        data = out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many exact words pattern {@code p} needs. */
    public int wordCount(int p) {
        return data[offsets[p]];
    }

    /** How many stems pattern {@code p} needs. */
    public int stemCount(int p) {
        return data[offsets[p] + 1];
    }

    /** The String hash of pattern {@code p}'s {@code k}-th needed word. */
    public int wordHash(int p, int k) {
        return data[offsets[p] + 2 + k];
    }

    /** The String hash of pattern {@code p}'s {@code k}-th needed stem (without its '*'). */
    public int stemHash(int p, int k) {
        return data[offsets[p] + 2 + wordCount(p) + k];
    }

    /** Pattern {@code p}'s sets, or null. */
    public Synset[] synsets(int p) {
        return synsets[p];
    }

    /** Pattern {@code p}'s {@link VerbPattern#specificity()}. */
    public int specificity(int p) {
        return specificity[p];
    }
}
