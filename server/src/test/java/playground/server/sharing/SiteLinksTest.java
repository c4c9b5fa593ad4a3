package playground.server.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import playground.server.testing.Browser;
import playground.server.testing.Http;
import playground.server.testing.TestServer;

/**
 * The site's own links from every route: after Save the address becomes {@code /e/{id}}, and the
 * header's links, the icon, the styles and the scripts must still be found; a missing address
 * gets a page in the site's look that says what is missing.
 */
class SiteLinksTest {
    private static TestServer server;
    private static SharingPage page;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = new Http(server.baseUrl());
        page = new SharingPage(Browser.start());
    }

    @AfterAll
    static void stop() {
        try {
            page.browser.close();
        } finally {
            server.close();
        }
    }

    @Test
    void afterSaveEveryLinkOfThePageStillAnswers() {
        page.open(server.baseUrl() + "/#dataset=xor&hiddenLayers=2");
        page.click("#save-open");
        page.waitUntil("document.querySelector('#save-dialog')?.open", 5_000, "the save dialog is open");
        page.type("#save-title", "Links");
        page.click("#save-create");
        page.waitUntil("!document.querySelector('#save-result').hidden", 20_000, "saved");
        page.js("document.querySelectorAll('dialog[open]').forEach(d => d.close())");
        String path = (String) page.js("return location.pathname");
        assertTrue(path.startsWith("/e/"), path);
        assertEquals(server.baseUrl() + "/lessons/", page.js("return document.querySelector('.lessons-link').href"));
        assertAllAnswer(path + " after Save");

        page.open(server.baseUrl() + path);
        assertAllAnswer(path + " opened");
        page.open(server.baseUrl() + "/embed" + path);
        assertAllAnswer("/embed" + path);
        page.browser.open(server.baseUrl() + "/lessons/neuron.html");
        page.waitUntil("document.readyState === 'complete'", 20_000, "the lesson loaded");
        assertAllAnswer("a lesson");
        assertEquals(301, http.get("/favicon.ico").status(), "the icon browsers ask for by themselves");
    }

    /** Every same-site {@code <a href>}, {@code <link href>} and {@code <script src>} of the page answers 200. */
    @SuppressWarnings("unchecked")
    private static void assertAllAnswer(String where) {
        List<String> urls = (List<String>) page.js("return [...document.querySelectorAll('a[href], link[href], script[src]')]"
                + ".map(e => (e.href || e.src).split('#')[0])");
        int checked = 0;
        for (String url : urls) {
            if (!url.startsWith(server.baseUrl() + "/")) continue;
            Http.Answer answer = http.get(url.substring(server.baseUrl().length()));
            assertEquals(200, answer.status(), where + ": " + url);
            checked++;
        }
        assertTrue(checked >= 5, where + ": links checked: " + urls);
    }

    @Test
    void theNotFoundPageSaysWhatIsMissingInTheSiteLookInBothThemes() {
        Http.Answer experiment = http.get("/e/AAAAAAAAAAA");
        assertEquals(404, experiment.status());
        assertTrue(experiment.body().contains("No saved experiment has the id <code>AAAAAAAAAAA</code>"), experiment.body());
        Http.Answer path = http.get("/no/such/page");
        assertEquals(404, path.status());
        assertTrue(path.body().contains("There is nothing at <code>/no/such/page</code>"), path.body());

        page.browser.open(server.baseUrl() + "/no/such/page");
        page.waitUntil("document.readyState === 'complete'", 10_000, "the page loaded");
        assertEquals(2L, page.js("return [...document.styleSheets].filter(s => s.cssRules.length > 0).length"),
                "the site's styles");
        String light = background();
        page.browser.devTools("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        String dark = background();
        page.browser.devTools("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
        assertNotEquals(light, dark, "light and dark");
        assertEquals(light, background());
    }

    private static String background() {
        return (String) page.js("return getComputedStyle(document.body).backgroundColor + ' '"
                + " + getComputedStyle(document.querySelector('.not-found')).backgroundColor");
    }
}
