/**
 * Coding dictionaries as immutable in-memory structures, independent of the file format they came from:
 * a token trie ({@link org.mizan.coder.dict.PhraseTrie}) for actor, agent, issue and discard phrases, and a
 * {@link org.mizan.coder.dict.VerbDictionary} of verb forms with their patterns and CAMEO codes. Readers for
 * the file formats live in the sub-packages; {@link org.mizan.coder.dict.DictionarySet} bundles one set.
 */
package org.mizan.coder.dict;
