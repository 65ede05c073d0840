package org.mizan.models.render;

import org.mizan.models.ModelResult;

/** Renders a result in a chosen {@link Format}; the one call the command line needs. */
public final class Renderers {

    private Renderers() {
    }

    /** The result as text ({@link TextRenderer}), JSON ({@link JsonRenderer}) or CSV ({@link CsvRenderer}). */
    public static String render(ModelResult result, Format format) {
        return switch (format) {
            case TABLE -> TextRenderer.render(result);
            case JSON -> JsonRenderer.render(result);
            case CSV -> CsvRenderer.render(result);
        };
    }
}
