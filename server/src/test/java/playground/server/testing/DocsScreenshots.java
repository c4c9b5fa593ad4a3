package playground.server.testing;

import java.nio.file.Path;

/**
 * Where a test puts a screenshot the docs show: target/screenshots, so that a test run leaves the
 * working tree as it was, or, to refresh the docs' pictures, the folder
 * {@code -Ddocs.screenshots=<repo>/docs/screenshots} names.
 */
public final class DocsScreenshots {
    private DocsScreenshots() {}

    public static Path file(String name) {
        String folder = System.getProperty("docs.screenshots");
        return (folder != null ? Path.of(folder) : Path.of("target", "screenshots")).resolve(name);
    }
}
