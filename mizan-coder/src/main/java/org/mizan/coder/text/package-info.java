/**
 * The first stages of the coder: splitting a document into sentences and a sentence into tokens, each
 * carrying character offsets into the document so every later finding can point back at its evidence.
 */
package org.mizan.coder.text;
