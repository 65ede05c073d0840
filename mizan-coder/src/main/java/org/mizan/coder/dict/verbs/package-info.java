/**
 * Mizan's own verb dictionary: its reader and the format described in docs/verb-dictionary.md. The data
 * files are resources under {@code org/mizan/coder/dict/verbs/}.
 */
package org.mizan.coder.dict.verbs;
