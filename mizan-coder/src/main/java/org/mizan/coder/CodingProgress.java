package org.mizan.coder;

/**
 * Running totals of a coding run, reported while it goes and returned at the end.
 *
 * @param documents documents coded
 * @param sentences sentences coded
 * @param events    events written
 * @param skipped   malformed input records skipped (bad JSONL lines, unreadable files)
 */
public record CodingProgress(long documents, long sentences, long events, long skipped) {

    CodingProgress plus(CodedDocument d) {
        return new CodingProgress(documents + 1, sentences + d.sentences(), events + d.events().size(), skipped);
    }

    CodingProgress skipping(long n) {
        return new CodingProgress(documents, sentences, events, skipped + n);
    }
}
