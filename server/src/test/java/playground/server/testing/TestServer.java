package playground.server.testing;

import java.net.URI;
import playground.server.ServerOptions;
import playground.server.WebServer;

/** The real server, in this JVM, on a free port. */
public final class TestServer implements AutoCloseable {
    private final WebServer server;

    private TestServer(WebServer server) {
        this.server = server;
    }

    public static TestServer start() {
        return new TestServer(WebServer.start(ServerOptions.defaults().withPort(0)));
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
        server.close();
    }
}
