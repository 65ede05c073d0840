package org.mizan.core.event;

/**
 * Where an event came from, so every number in Mizan can be traced back to its evidence.
 *
 * <p>An imported event names its dataset, file, line and the dataset's own row id; a coded event names its
 * document, sentence and the character offsets of the evidence in that document. Fields that do not apply
 * are null.
 *
 * @param dataset     {@code gdelt1}, {@code gdelt2}, {@code icews}, {@code polecat}, {@code phoenix}, or
 *                    {@code text} for events coded by Mizan
 * @param file        the file the row or document was read from
 * @param line        1-based line in that file, or null
 * @param originalId  the dataset's own event id (GLOBALEVENTID, Event ID ...), or null
 * @param batch       the import batch (ledger id) that stored the event, or null before storing
 * @param documentId  document id for coded events
 * @param sentence    0-based sentence index within the document
 * @param start       character offset of the evidence in the document (inclusive)
 * @param end         character offset of the evidence in the document (exclusive)
 * @param evidence    the sentence or text the event was coded from
 * @param url         source URL
 * @param sourceName  publisher or outlet ("Dawn", "TASS")
 * @param published   publication date of the source document, ISO-8601, or null
 * @param marks       where the actors and the verb stand in {@code evidence}, for coded events; or null
 */
public record Provenance(String dataset, String file, Long line, String originalId, Long batch,
                         String documentId, Integer sentence, Integer start, Integer end,
                         String evidence, String url, String sourceName, String published, Marks marks) {

    public Provenance {
        if (marks != null && marks.isEmpty()) {
            marks = null;
        }
    }

    /** Provenance of a row read from a public dataset file. */
    public static Provenance ofRow(String dataset, String file, long line, String originalId, String url) {
        return new Provenance(dataset, file, line, originalId, null, null, null, null, null, null, url, null, null,
                null);
    }

    /** Provenance of an event coded from a sentence of a document. */
    public static Provenance ofText(String documentId, int sentence, int start, int end, String evidence,
                                    String url, String sourceName, String published) {
        return new Provenance("text", null, null, null, null, documentId, sentence, start, end, evidence,
                url, sourceName, published, null);
    }

    public Provenance withMarks(Marks m) {
        return new Provenance(dataset, file, line, originalId, batch, documentId, sentence, start, end,
                evidence, url, sourceName, published, m);
    }

    public Provenance withBatch(long batchId) {
        return new Provenance(dataset, file, line, originalId, batchId, documentId, sentence, start, end,
                evidence, url, sourceName, published, marks);
    }
}
