package playground.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import playground.server.ServerOptions;
import playground.server.WebServer;
import playground.server.db.DatabaseOptions;

/**
 * The real server, in this JVM, on a free port. By default on a fresh H2 database file in a
 * temporary folder (deleted on close) and without the write limit, so tests may save freely.
 */
public final class TestServer implements AutoCloseable {
    private final WebServer server;
    /** The folder this helper made for the database, or null when the caller chose the database. */
    private final Path folder;

    private TestServer(WebServer server, Path folder) {
        this.server = server;
        this.folder = folder;
    }

    /** On a fresh H2 file. */
    public static TestServer start() {
        return start(UnaryOperator.identity());
    }

    /** On a fresh H2 file, with changes to the test options: {@code start(o -> o.withWritesPerMinute(3))}. */
    public static TestServer start(UnaryOperator<ServerOptions> changes) {
        Path folder = newFolder("playground-test-db-");
        try {
            DatabaseOptions h2 = DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("db"), null, null);
            return new TestServer(WebServer.start(changes.apply(options(h2))), folder);
        } catch (RuntimeException e) {
            deleteRecursively(folder);
            throw e;
        }
    }

    /** On the given database (kept on close), with the test options. */
    public static TestServer start(DatabaseOptions database) {
        return start(options(database));
    }

    /** Exactly these options (the caller owns the database); see {@link #options} for a start. */
    public static TestServer start(ServerOptions options) {
        return new TestServer(WebServer.start(options), null);
    }

    /** A free port, the database given, no write limit, one worker. */
    public static ServerOptions options(DatabaseOptions database) {
        return ServerOptions.defaults().withPort(0).withDatabase(database).withWritesPerMinute(0).withWorkers(1);
    }

    public WebServer server() {
        return server;
    }

    /** For example {@code http://localhost:41234}, without a trailing slash. */
    public String baseUrl() {
        return "http://localhost:" + server.port();
    }

    /** @param path starting with a slash */
    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            if (folder != null) deleteRecursively(folder);
        }
    }

    static Path newFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is not worth failing a test for.
        }
    }
}
