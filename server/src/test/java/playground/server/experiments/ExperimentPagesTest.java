package playground.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.testing.Http.object;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import playground.server.testing.Browser;
import playground.server.testing.Http;
import playground.server.testing.Http.Answer;
import playground.server.testing.TestServer;

/**
 * {@code /e/{id}} and {@code /embed/e/{id}}: the playground page with the experiment injected into
 * its head, where nothing a writer puts in a title or notes can become markup or script.
 */
class ExperimentPagesTest {
    private static final String EVIL_TITLE = "</title><script>alert(1)</script>";
    private static final String EVIL_NOTES = "Notes </script><script>alert(2)</script> <!-- \u2028 & \"quotes\" "
            + "[x](javascript:alert(3))";

    private static TestServer server;
    private static Http http;
    private static String id;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = new Http(server.baseUrl());
        Answer created = http.post("/api/experiments", object("title", EVIL_TITLE, "notes", EVIL_NOTES,
                "config", Map.of("dataset", "xor", "learningRate", 0.1)));
        assertEquals(201, created.status(), created.toString());
        id = created.json().path("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The text of the experiment block, as a browser would see it inside the script element. */
    private static String experimentBlock(String html) {
        Matcher block = Pattern.compile("<script type=\"application/json\" id=\"experiment\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertTrue(block.find(), html);
        return block.group(1);
    }

    @Test
    void thePageCarriesTheExperimentAsEscapedTextAndJson() throws Exception {
        Answer page = http.get("/e/" + id);
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertEquals("no-cache", page.header("Cache-Control"));
        String html = page.body();

        assertTrue(html.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"), html);
        assertEquals(1, count(html, "<title>"), "the page's own title is replaced");
        assertFalse(html.contains("alert(1)</script>"), "the title never closes a script");
        assertFalse(html.contains("<script>"), "no inline script at all");
        assertTrue(html.contains("<meta name=\"description\" content=\"Notes &lt;/script&gt;&lt;script&gt;alert(2)"),
                html);
        assertTrue(html.contains("<base href=\"/\">"), "relative links of the page work under /e/");

        // The block holds exactly the API's JSON; the escapes hide every < > & and line separator.
        String block = experimentBlock(html);
        assertFalse(block.contains("<") || block.contains(">") || block.contains("&") || block.contains("\u2028"), block);
        JsonNode fromPage = Http.JSON.readTree(block);
        JsonNode fromApi = http.get("/api/experiments/" + id).json();
        assertEquals(fromApi, fromPage);
        assertEquals(EVIL_TITLE, fromPage.path("title").asText());
        assertEquals(EVIL_NOTES, fromPage.path("notes").asText());
        assertFalse(fromPage.has("editToken"));
    }

    @Test
    void thePageAnnouncesItsOEmbed() throws Exception {
        String html = http.get("/e/" + id).body();
        Matcher link = Pattern.compile("<link rel=\"alternate\" type=\"application/json\\+oembed\" href=\"([^\"]*)\"")
                .matcher(html);
        assertTrue(link.find(), html);
        String href = link.group(1).replace("&amp;", "&");
        assertTrue(href.startsWith(server.baseUrl() + "/oembed?url="), href);
        Answer oembed = http.get(href.substring(server.baseUrl().length()));
        assertEquals(200, oembed.status(), oembed.toString());
        assertEquals(EVIL_TITLE, oembed.json().path("title").asText());
    }

    @Test
    void theEmbedPageIsTheSamePageMarkedAsEmbed() {
        Answer embed = http.get("/embed/e/" + id);
        assertEquals(200, embed.status());
        assertTrue(embed.body().contains("<meta name=\"embed\" content=\"true\">"));
        assertFalse(http.get("/e/" + id).body().contains("name=\"embed\""));
        assertEquals(experimentBlock(http.get("/e/" + id).body()), experimentBlock(embed.body()));
    }

    @Test
    void unknownExperimentsGetTheNotFoundPage() {
        for (String path : List.of("/e/AAAAAAAAAAA", "/e/nonsense", "/embed/e/AAAAAAAAAAA", "/e/%C3%84")) {
            Answer answer = http.get(path);
            assertEquals(404, answer.status(), path);
            assertTrue(answer.header("Content-Type").startsWith("text/html"), path);
            assertTrue(answer.body().contains("<h1>Not found</h1>"), path);
        }
    }

    @Test
    void anUntitledExperimentHasAPlainTitle() {
        String other = http.post("/api/experiments", object("config", Map.of())).json().path("id").asText();
        String html = http.get("/e/" + other).body();
        assertTrue(html.contains("<title>Untitled experiment</title>"), html);
        assertFalse(html.contains("name=\"description\""), "no notes, no description");
    }

    @Test
    void inChromiumTheTitleStaysTextAndNothingRuns() {
        try (Browser browser = Browser.start()) {
            browser.runBeforeEveryPage("window.__alerts = []; window.alert = m => window.__alerts.push(String(m));"
                    + "window.__csp = []; document.addEventListener('securitypolicyviolation',"
                    + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
            for (String path : List.of("/e/" + id, "/embed/e/" + id)) {
                browser.openAndWaitUntilReady(server.baseUrl() + path);
                // The page may add the site's name after the experiment's title; the title stays text.
                String title = (String) browser.script("return document.title");
                assertTrue(title.startsWith(EVIL_TITLE), title);
                assertEquals(EVIL_TITLE, browser.script(
                        "return JSON.parse(document.getElementById('experiment').textContent).title"));
                assertEquals(EVIL_NOTES, browser.script(
                        "return JSON.parse(document.getElementById('experiment').textContent).notes"));
                assertEquals(List.of(), browser.script("return window.__alerts"));
                assertEquals(List.of(), browser.script("return window.__csp"), "no CSP violation on " + path);
                assertEquals(1L, browser.script("return document.querySelectorAll('script:not([src])').length"),
                        "the data block is the only script without a source");
            }
            browser.screenshot(Path.of("target", "screenshots", "experiment-page.png"));
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
