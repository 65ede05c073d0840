package org.mizan.coder;

import java.util.List;
import org.mizan.coder.doc.Document;
import org.mizan.core.event.Event;

/**
 * The result of coding one document.
 *
 * @param document  the document as read
 * @param sentences how many sentences it had
 * @param events    the events, in sentence order
 * @param discarded true when a story-level discard phrase put the whole document out of scope
 * @param failures  sentences a stage failed on (a bug to report; they yield no events)
 */
public record CodedDocument(Document document, int sentences, List<Event> events, boolean discarded, int failures) {
}
