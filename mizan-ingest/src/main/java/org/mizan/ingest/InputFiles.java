package org.mizan.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands what a user names on the command line (a file, a directory, or a glob such as data/*.zip). */
final class InputFiles {

    private InputFiles() {
    }

    /** The regular files named by {@code spec}, sorted by path; hidden files in directories are skipped. */
    static List<Path> expand(String spec) throws IOException {
        Path p = Path.of(spec);
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                return s.filter(Files::isRegularFile)
                        .filter(x -> !x.getFileName().toString().startsWith("."))
                        .sorted().toList();
            }
        }
        if (!spec.contains("*") && !spec.contains("?") && !spec.contains("[")) {
            return List.of();
        }
        int firstGlob = firstGlobChar(spec);
        int slash = spec.lastIndexOf('/', firstGlob);
        Path base = slash < 0 ? Path.of(".") : Path.of(spec.substring(0, Math.max(1, slash)));
        String pattern = slash < 0 ? spec : spec.substring(slash + 1);
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(base)) {
            s.filter(Files::isRegularFile).filter(x -> m.matches(base.relativize(x))).sorted().forEach(out::add);
        }
        return out;
    }

    private static int firstGlobChar(String spec) {
        int i = spec.length();
        for (char ch : new char[] {'*', '?', '['}) {
            int j = spec.indexOf(ch);
            if (j >= 0) {
                i = Math.min(i, j);
            }
        }
        return i;
    }
}
