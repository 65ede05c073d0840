package org.mizan.coder.text;

/**
 * One sentence of a document: its 0-based index, its character span in the document and its text.
 *
 * @param index 0-based position of the sentence in the document
 * @param start offset of the first character in the document (inclusive)
 * @param end   offset after the last character (exclusive)
 * @param text  the document text between {@code start} and {@code end}
 */
public record Sentence(int index, int start, int end, String text) {
}
