package org.mizan.coder.doc;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/** Reads a whole plain-text stream as one document named after its file; cost O(n) in the text. */
public final class TextDocumentReader implements DocumentReader {

    @Override
    public int read(Reader in, String name, Consumer<Document> sink, Consumer<String> problems)
            throws IOException {
        java.io.StringWriter sb = new java.io.StringWriter();
        in.transferTo(sb);
        String text = sb.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        sink.accept(new Document(name, null, text, null, null, null));
        return 0;
    }
}
