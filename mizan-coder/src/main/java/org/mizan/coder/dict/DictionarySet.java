package org.mizan.coder.dict;

/**
 * Everything the coder looks words up in: actors, agents, verbs, issues and discards.
 *
 * <p>Loaded once and shared between threads and coder instances; never modified after loading.
 *
 * @param name     what the set is ("mizan", "phoenix", "petrarch-validation"), for provenance
 * @param actors   actor names -> codes
 * @param agents   agent nouns -> role codes
 * @param verbs    verb forms -> groups with codes and patterns
 * @param issues   issue terms -> domain names
 * @param discards out-of-scope phrases
 */
public record DictionarySet(String name, PhraseTrie<ActorEntry> actors, PhraseTrie<AgentEntry> agents,
                            VerbDictionary verbs, PhraseTrie<String> issues, PhraseTrie<DiscardEntry> discards) {
}
