package playground.server.previews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.testing.Http.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import playground.server.testing.Http;
import playground.server.testing.Http.Answer;
import playground.server.testing.TestServer;

/** {@code GET /oembed}: a pasted experiment link becomes an iframe of its embed page (docs/sharing.md). */
class OEmbedTest {
    private static TestServer server;
    private static Http http;
    private static String id;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = new Http(server.baseUrl());
        id = http.post("/api/experiments", object("title", "Spiral \"hard\" & deep", "config", Map.of()))
                .json().path("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Answer oembed(String url, String... more) {
        StringBuilder query = new StringBuilder("/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
        for (String part : more) query.append('&').append(part);
        return http.get(query.toString());
    }

    @Test
    void anExperimentLinkBecomesARichIframe() {
        Answer answer = oembed(server.baseUrl() + "/e/" + id, "format=json");
        assertEquals(200, answer.status(), answer.toString());
        assertTrue(answer.header("Content-Type").startsWith("application/json"));
        JsonNode json = answer.json();
        assertEquals("1.0", json.path("version").asText());
        assertEquals("rich", json.path("type").asText());
        assertEquals("Neural-network playground", json.path("provider_name").asText());
        assertEquals("Spiral \"hard\" & deep", json.path("title").asText());
        assertEquals(800, json.path("width").asInt());
        assertEquals(600, json.path("height").asInt());
        assertEquals("<blockquote style=\"display:none\"><a href=\"" + server.baseUrl() + "/e/" + id + "\">"
                + "Spiral &quot;hard&quot; &amp; deep</a></blockquote>"
                + "<iframe src=\"" + server.baseUrl() + "/embed/e/" + id + "\" width=\"800\" height=\"600\""
                + " title=\"Spiral &quot;hard&quot; &amp; deep\" style=\"border:0\" loading=\"lazy\" allowfullscreen>"
                + "</iframe>", json.path("html").asText());
    }

    @Test
    void theSizeFollowsMaxWidthAndMaxHeight() {
        JsonNode json = oembed(server.baseUrl() + "/embed/e/" + id, "maxwidth=480", "maxheight=5000").json();
        assertEquals(480, json.path("width").asInt());
        assertEquals(600, json.path("height").asInt());
        assertTrue(json.path("html").asText().contains("width=\"480\" height=\"600\""));
    }

    @Test
    void refusals() {
        assertError(oembed(server.baseUrl() + "/e/AAAAAAAAAAA"), 404, "url");
        assertError(oembed(server.baseUrl() + "/e/bad"), 404, "url");
        assertError(oembed(server.baseUrl() + "/api/experiments"), 404, "url");
        assertError(oembed(server.baseUrl() + "/lessons/nothing.html"), 404, "url");
        assertError(oembed("https://elsewhere.example/e/" + id), 400, "url");
        assertError(oembed("http://localhost:1/e/" + id), 400, "url");
        assertError(oembed("/e/" + id), 400, "url");
        assertError(oembed("javascript:alert(1)"), 400, "url");
        assertError(oembed("http://[::1"), 400, "url");
        assertError(http.get("/oembed"), 400, "url");
        assertError(oembed(server.baseUrl() + "/e/" + id, "format=xml"), 501, "format");
        assertError(oembed(server.baseUrl() + "/e/" + id, "maxwidth=wide"), 400, "maxwidth");
        assertError(oembed(server.baseUrl() + "/e/" + id, "maxheight=0"), 400, "maxheight");
    }

    private static void assertError(Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.toString());
        assertTrue(answer.json().path("error").isTextual(), answer.toString());
        assertEquals(field, answer.json().path("field").asText(null), answer.toString());
    }
}
