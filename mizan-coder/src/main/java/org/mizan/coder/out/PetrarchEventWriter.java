package org.mizan.coder.out;

import java.io.IOException;
import java.io.Writer;
import org.mizan.core.event.Event;

/**
 * Writes PETRARCH2's tab-separated event format: date (yyyyMMdd), source code, target code, CAMEO code,
 * issues ("NAME,count" joined by ';'; Mizan writes its domains), story id, outlet, source text, target text.
 * PETRARCH2's last column (the verb phrase) is written as the sentence index, since Mizan keeps offsets
 * rather than the verb text. A missing target is written as empty, as PETRARCH2 does.
 */
public final class PetrarchEventWriter implements EventWriter {

    private final Writer out;

    public PetrarchEventWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Event e) throws IOException {
        StringBuilder issues = new StringBuilder();
        for (String d : e.domains()) {
            issues.append(issues.length() == 0 ? "" : ";").append(d.toUpperCase(java.util.Locale.ROOT)).append(",1");
        }
        String date = e.date() == null ? "" : e.date().toString().replace("-", "");
        String[] f = {date, e.source() == null ? "" : TsvEventWriter.str(e.source().code()),
            e.target() == null ? "" : TsvEventWriter.str(e.target().code()), TsvEventWriter.str(e.cameo()),
            issues.toString(), TsvEventWriter.str(e.provenance().documentId()),
            TsvEventWriter.str(e.provenance().sourceName()),
            e.source() == null ? "" : TsvEventWriter.str(e.source().name()),
            e.target() == null ? "" : TsvEventWriter.str(e.target().name()),
            TsvEventWriter.str(e.provenance().sentence())};
        out.write(String.join("\t", f));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
