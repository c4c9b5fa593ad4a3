package playground.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import playground.server.testing.TestServer;

/** What the server sends over HTTP: pages, bundles with the right types, health, caching. */
class WebServerTest {
    private static TestServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        if (headers.length > 0) request.headers(headers);
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void healthIsOk() throws Exception {
        HttpResponse<String> response = get("/health");
        assertEquals(200, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("application/json"));
        assertEquals("{\"status\":\"ok\"}", response.body());
    }

    @Test
    void rootServesTheIndexPageUncached() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(200, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("text/html"));
        assertEquals("no-cache", header(response, "Cache-Control"));
        assertTrue(response.body().contains("js/page.js"));
    }

    @Test
    void bundlesHaveTheirContentTypes() throws Exception {
        assertEquals("application/wasm", header(get("/app/playground.wasm"), "Content-Type"));
        assertTrue(header(get("/app/playground.js"), "Content-Type").startsWith("text/javascript"));
        assertTrue(header(get("/app/playground.wasm-runtime.js"), "Content-Type").startsWith("text/javascript"));
        assertTrue(header(get("/js/loader.js"), "Content-Type").startsWith("text/javascript"));
    }

    @Test
    void bundlesAreCompressedAndRevalidated() throws Exception {
        HttpResponse<String> response = get("/app/playground.wasm", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(response, "Content-Encoding"));
        assertEquals("no-cache", header(response, "Cache-Control"));
    }

    @Test
    void stylesMayBeCachedBriefly() throws Exception {
        assertTrue(header(get("/css/base.css"), "Cache-Control").contains("max-age="));
    }

    @Test
    void unknownPathIs404() throws Exception {
        assertEquals(404, get("/no-such-page").statusCode());
    }
}
