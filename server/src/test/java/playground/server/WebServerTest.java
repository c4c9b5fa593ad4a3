package playground.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import playground.server.testing.TestServer;

/** What the server sends over HTTP: pages, bundles with the right types, health, caching, security headers. */
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
    void healthIsOkWithTheDatabase() throws Exception {
        HttpResponse<String> response = get("/health");
        assertEquals(200, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("application/json"));
        assertEquals("{\"status\":\"ok\",\"database\":\"ok\",\"pool\":\"ok\",\"disk\":\"ok\"}", response.body());
    }

    @Test
    void rootServesTheIndexPageUncached() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(200, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("text/html"));
        assertEquals("no-cache", header(response, "Cache-Control"));
        assertTrue(response.body().contains("js/page.js"), "the playground page");
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
    void unknownPathIs404WithAPageForPeople() throws Exception {
        HttpResponse<String> response = get("/no-such-page");
        assertEquals(404, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("text/html"));
        assertTrue(response.body().contains("<h1>Not found</h1>"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/index.html", "/css/base.css", "/app/playground.wasm", "/health", "/metrics",
                "/api/experiments/AAAAAAAAAAA", "/no-such-page", "/e/AAAAAAAAAAA")) {
            HttpResponse<String> response = get(path);
            String csp = header(response, "Content-Security-Policy");
            assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
            assertTrue(csp.contains("script-src 'self' 'wasm-unsafe-eval'"), path + ": " + csp);
            assertTrue(csp.contains("object-src 'none'"), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertEquals("DENY", header(response, "X-Frame-Options"), path);
            assertEquals("nosniff", header(response, "X-Content-Type-Options"), path);
            assertEquals("strict-origin-when-cross-origin", header(response, "Referrer-Policy"), path);
        }
    }

    @Test
    void embedsMayBeFramedByAnySite() throws Exception {
        HttpResponse<String> response = get("/embed/e/AAAAAAAAAAA");
        String csp = header(response, "Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors *"), csp);
        assertFalse(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("", header(response, "X-Frame-Options"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
    }

    @Test
    void requestsJettyRefusesAreJsonWithTheSameHeaders() throws Exception {
        HttpResponse<String> response = get("/api/experiments/%00");
        assertEquals(400, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("application/json"), header(response, "Content-Type"));
        assertTrue(response.body().startsWith("{\"error\":"), response.body());
        assertEquals("DENY", header(response, "X-Frame-Options"));
        assertTrue(header(response, "Content-Security-Policy").contains("frame-ancestors 'none'"));
    }
}
