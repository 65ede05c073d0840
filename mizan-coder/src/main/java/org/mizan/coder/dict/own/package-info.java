/**
 * Mizan's own actor, person, agent, issue and discard dictionaries: the plain-text format and its reader.
 *
 * <p>The format is described in {@code docs/dictionaries.md}. {@link org.mizan.coder.dict.own.OwnDictionaryReader}
 * turns a file into {@link org.mizan.coder.dict.own.DictEntry} records; the shipped files live under
 * {@code org/mizan/coder/dict/actors/} on the classpath and are listed in its {@code index.txt}.
 * {@link org.mizan.coder.dict.own.ExtraCodes} names the three-letter codes Mizan uses beyond the CAMEO tables
 * of mizan-core (newer ISO countries, armed groups and organisations CAMEO never coded).
 */
package org.mizan.coder.dict.own;
