package org.mizan.coder.out;

import java.io.IOException;
import java.io.Writer;
import org.mizan.core.event.Actor;
import org.mizan.core.event.Event;

/**
 * Writes a header line and one tab-separated row per event (doc, sentence, date, precision, source code,
 * country and name, target code, country and name, cameo, root, quad, goldstein, PLOVER type and mode,
 * domains joined by ';', confidence, evidence). Tabs and line breaks inside values become spaces.
 */
public final class TsvEventWriter implements EventWriter {

    static final String HEADER = String.join("\t", "doc", "sentence", "date", "precision", "source", "source_country",
            "source_name", "target", "target_country", "target_name", "cameo", "root", "quad", "goldstein",
            "plover_type", "plover_mode", "domains", "confidence", "evidence");

    private final Writer out;
    private boolean headerWritten;

    public TsvEventWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Event e) throws IOException {
        if (!headerWritten) {
            out.write(HEADER);
            out.write('\n');
            headerWritten = true;
        }
        Actor s = e.source();
        Actor t = e.target();
        String[] f = {e.provenance().documentId(), str(e.provenance().sentence()), str(e.date()), str(e.precision()),
            s == null ? "" : str(s.code()), s == null ? "" : str(s.country()), s == null ? "" : str(s.name()),
            t == null ? "" : str(t.code()), t == null ? "" : str(t.country()), t == null ? "" : str(t.name()),
            str(e.cameo()), str(e.root()), String.valueOf(e.quad()), str(e.goldstein()), str(e.ploverType()),
            str(e.ploverMode()), String.join(";", e.domains()), str(e.confidence()), str(e.provenance().evidence())};
        for (int i = 0; i < f.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(f[i]);
        }
        out.write('\n');
    }

    static String str(Object o) {
        return o == null ? "" : o.toString().replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
