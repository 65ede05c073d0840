package org.mizan.models;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the third-party reference data in {@code ../shared} (never copied into the repository). */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder: system property {@code mizan.shared}, else {@code ../../shared}. */
    public static Path root() {
        Path p = Path.of(System.getProperty("mizan.shared", "../../shared"));
        if (!Files.isDirectory(p)) {
            p = Path.of("../shared");
        }
        return p;
    }

    public static Path bdm(String file) {
        return root().resolve("data/models/bdm").resolve(file);
    }

    public static Path ktab(String file) {
        return root().resolve("data/models/ktab").resolve(file);
    }
}
