package playground.server.sharing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Somebody else's web site on another port (another origin): plain HTML pages that a test puts
 * in, the way a blogger pastes an embed snippet into a post; and, if asked, a folder of static
 * files, as a plain static host serves them (no special headers).
 */
final class BlogServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    /** A folder of files served under {@code /site/}, or null. */
    private volatile Path site;

    private BlogServer(HttpServer server) {
        this.server = server;
    }

    static BlogServer start() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BlogServer blog = new BlogServer(server);
        server.createContext("/site/", exchange -> {
            Path root = blog.site;
            Path file = root == null ? null
                    : root.resolve(exchange.getRequestURI().getPath().substring("/site/".length())).normalize();
            if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/", exchange -> {
            String html = blog.pages.get(exchange.getRequestURI().getPath());
            byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", html == null ? "text/plain" : "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return blog;
    }

    /** Also hosts a static site (the playground's static export) under {@code /site/}, as a plain file host does. */
    void hostSite(Path folder) {
        site = folder.toAbsolutePath().normalize();
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".js")) return "text/javascript";
        if (name.endsWith(".wasm")) return "application/wasm";
        if (name.endsWith(".css")) return "text/css";
        if (name.endsWith(".json")) return "application/json";
        if (name.endsWith(".svg")) return "image/svg+xml";
        return "application/octet-stream";
    }

    /** Publishes a post: {@code body} goes into a plain HTML page at {@code path}. */
    String publish(String path, String body) {
        pages.put(path, "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>A blog post</title>\n</head>\n<body style=\"font-family: serif; margin: 24px\">\n"
                + "<h1>Learning about neural networks</h1>\n<p>Here is a live widget:</p>\n" + body
                + "\n<p>Thanks for reading.</p>\n</body>\n</html>\n");
        return url(path);
    }

    /** 127.0.0.1, not localhost: another origin than the playground's server. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
