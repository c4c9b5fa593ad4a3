package playground.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of the site as the class path holds them (under {@code web/}, in the jar or, in
 * development, in the modules' folders): what the static export copies and where the compiled
 * bundles are found, so that a new bundle needs no list of names to be kept in step.
 */
public final class WebFiles {
    private WebFiles() {}

    /**
     * Every file under {@code web/} + {@code folder} ("" for all of them), by its path relative to
     * that folder; where two class-path entries hold the same path, the first wins.
     */
    public static Map<String, byte[]> under(String folder) throws IOException {
        String resource = folder.isEmpty() ? "web" : "web/" + folder;
        Map<String, byte[]> files = new TreeMap<>();
        for (URL root : Collections.list(WebFiles.class.getClassLoader().getResources(resource))) {
            try {
                URI uri = root.toURI();
                if (uri.getScheme().equals("jar")) {
                    try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                        collect(fs.getPath("/" + resource), files);
                    }
                } else {
                    collect(Path.of(uri), files);
                }
            } catch (URISyntaxException e) {
                throw new IOException("bad class-path entry " + root, e);
            }
        }
        return files;
    }

    private static void collect(Path root, Map<String, byte[]> files) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(Files::isRegularFile).toList();
        }
        for (Path p : paths) {
            String relative = root.relativize(p).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(p)) {
                files.putIfAbsent(relative, in.readAllBytes());
            }
        }
    }
}
