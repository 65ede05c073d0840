/**
 * Document readers: plain text, HTML articles and JSONL records become {@link org.mizan.coder.doc.Document}s
 * with an id, a date (from the input, the article's metadata, or a default) and the text to code.
 */
package org.mizan.coder.doc;
