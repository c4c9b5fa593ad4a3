package playground.server.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.Http;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;
import playground.server.testing.Wait;

/**
 * Saved experiments on the page (docs/sharing.md): save with the trained network, open the short
 * link in another browser (its own profile: no shared storage), and see the same picture and the
 * same next epochs, bit for bit; fork; change with the edit token and fail, in words, without it;
 * delete; and nothing a writer puts in a title, notes or custom points ever runs as script.
 */
class SavedExperimentsTest {
    /** Adam, so that the optimizer's moments must come back too for identical next epochs. */
    private static final String CONFIG_HASH =
            "dataset=xor&features=x1,x2,x1x2&hiddenLayers=3,2&learningRate=0.03&optimizer=adam&seed=5";

    /** The owner's browser and a visitor's; each test starts with browsers that hold no edit tokens. */
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser(2);
    private static TestServer server;
    private static Http http;
    private static SharingPage owner;
    private static SharingPage visitor;
    private static int opened;

    @BeforeAll
    static void start() {
        server = SITE.server();
        http = new Http(server.baseUrl());
        owner = new SharingPage(SITE.browser(0));
        visitor = new SharingPage(SITE.browser(1));
    }

    private static void openPlayground(SharingPage page, String hash) {
        page.open(server.baseUrl() + "/?n=" + (++opened) + "#" + hash);
    }

    /** Fills and sends the save dialog; returns the new experiment's id. */
    private static String save(SharingPage page, String button, String title, String notes, boolean withState) {
        page.click("#save-open");
        page.waitUntil("document.querySelector('#save-dialog')?.open", 5_000, "the save dialog is open");
        page.type("#save-title", title);
        page.type("#save-notes", notes);
        page.check("#save-state", withState);
        return submit(page, button);
    }

    /** Presses a button of the open save dialog; returns the id of the experiment saved. */
    private static String submit(SharingPage page, String button) {
        page.click(button);
        page.waitUntil("!document.querySelector('#save-result').hidden || document.querySelector('#save-error').textContent",
                20_000, "an answer to the save");
        assertEquals("", page.text("#save-error"));
        String link = page.value("#save-link");
        assertTrue(link.startsWith(server.baseUrl() + "/e/"), link);
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static void closeDialogs(SharingPage page) {
        page.js("document.querySelectorAll('dialog[open]').forEach(d => d.close())");
    }

    private static JsonNode experiment(String id) {
        Http.Answer answer = http.get("/api/experiments/" + id);
        assertEquals(200, answer.status(), answer.toString());
        return answer.json();
    }

    @Test
    void aTrainedExperimentOpensInAnotherBrowserExactlyAsSavedAndTrainsOnIdentically() {
        openPlayground(owner, CONFIG_HASH);
        owner.trainTo(25);
        assertEquals(0L, shareBundleFetches(owner), "the page alone fetches nothing of the share bundle");
        String id = save(owner, "#save-create", "XOR with a product feature", "Trained *a little*.", true);
        assertEquals(1L, shareBundleFetches(owner), "pressing Save loaded the share bundle, once");
        owner.screenshot("sharing-saved-link.png");
        closeDialogs(owner);
        assertEquals("/e/" + id, owner.js("return location.pathname"), "the address is the short link now");
        assertTrue(((String) owner.js("return localStorage.getItem('playground.experiments')")).contains(id),
                "the owner's browser keeps the edit token");

        JsonNode saved = experiment(id);
        int savedEpoch = saved.path("state").path("epoch").asInt();
        assertTrue(savedEpoch >= 25, saved.path("state").path("epoch").toString());
        assertEquals(owner.fingerprintEpoch(), savedEpoch);

        visitor.open(server.baseUrl() + "/e/" + id);
        visitor.waitUntil("document.querySelector('#epoch').textContent.replace(/[^0-9]/g, '') === '" + savedEpoch + "'",
                20_000, "the saved epoch is shown");
        assertEquals("XOR with a product feature", visitor.text("#experiment-title"));
        assertEquals("/e/" + id, visitor.js("return location.pathname"), "the address stays the short link");
        assertEquals("a little", visitor.text("#experiment-notes em"), "notes are rendered Markdown");
        assertEquals(owner.fingerprint(), visitor.fingerprint(), "the same weights, optimizer state and history");
        assertSamePicture();
        assertEquals(owner.text("#test-loss"), visitor.text("#test-loss"));
        assertEquals(0L, shareBundleFetches(visitor), "a saved experiment's page fetches nothing of the share bundle");

        for (int i = 0; i < 3; i++) {
            owner.step();
            visitor.step();
            assertEquals(owner.text("#test-loss"), visitor.text("#test-loss"));
            assertEquals(owner.text("#train-loss"), visitor.text("#train-loss"));
        }
        assertEquals(savedEpoch + 3, visitor.fingerprintEpoch());
        assertEquals("/e/" + id, visitor.js("return location.pathname"));
        assertEquals(owner.fingerprint(), visitor.fingerprint(), "the next epochs agree bit for bit");
        assertSamePicture();
        assertEquals(List.of(), visitor.cspViolations());
    }

    /**
     * The dialogs come from a bundle of their own: a failed load says so and the next press tries
     * again; a slow one shows "Loading…" after the button's label; the dialog takes the focus and
     * gives it back to the button when it closes.
     */
    @Test
    void theDialogsBundleLoadsOnDemandWithALoadingStateAFailureNoticeAndFocusBack() {
        openPlayground(owner, CONFIG_HASH);
        owner.browser.devTools("Network.enable", Map.of());
        owner.browser.devTools("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        try {
            owner.browser.devTools("Network.setBlockedURLs", Map.of("urls", List.of("*/share.wasm", "*/share.js")));
            owner.js("document.querySelector('#save-open').click()");
            owner.waitUntil("!document.querySelector('#notice').hidden", 10_000, "the notice of the failed load");
            assertTrue(owner.text("#notice .notice-text").contains("could not be loaded"), owner.text("#notice"));
            assertEquals(null, owner.js("return document.querySelector('#save-dialog')"), "no dialog");
            assertEquals(null, owner.js("return document.querySelector('#save-open').getAttribute('aria-busy')"));

            owner.browser.devTools("Network.setBlockedURLs", Map.of("urls", List.of()));
            owner.browser.devTools("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 1500,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            owner.js("document.querySelector('#save-open').focus()");
            owner.js("document.querySelector('#save-open').click()");
            owner.waitUntil("document.querySelector('#save-open').getAttribute('aria-busy') === 'true'", 5_000,
                    "the button shows that it loads");
            assertTrue(((String) owner.js("return getComputedStyle(document.querySelector('#save-open'), '::after')"
                    + ".content")).contains("Loading…"), "'Loading…' after the label");
            assertEquals("Save…", owner.js("return document.querySelector('#save-open').textContent"),
                    "the label stays");
            owner.screenshot("sharing-loading.png");
            owner.waitUntil("document.querySelector('#save-dialog')?.open", 20_000, "the save dialog, after the retry");
            assertEquals(null, owner.js("return document.querySelector('#save-open').getAttribute('aria-busy')"));
            assertFalse(owner.shown("#notice"), "the failure's notice is gone once the retry worked");
            assertTrue((Boolean) owner.js("return document.querySelector('#save-dialog').contains(document.activeElement)"),
                    "the focus is in the dialog");
            owner.click("#save-close");
            assertEquals("save-open", owner.js("return document.activeElement.id"), "the focus is back on the button");
        } finally {
            owner.browser.devTools("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            owner.browser.devTools("Network.setBlockedURLs", Map.of("urls", List.of()));
            owner.browser.devTools("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
    }

    /** Files of the share bundle (the dialogs and the figure, loaded on demand) this page fetched. */
    private static long shareBundleFetches(SharingPage page) {
        return ((Number) page.js("return performance.getEntriesByType('resource')"
                + ".filter(e => /\\/share\\.(wasm|js)$/.test(new URL(e.name).pathname)).length")).longValue();
    }

    /** The output pictures agree pixel for pixel (polling: the picture may lag the numbers by a frame). */
    private static void assertSamePicture() {
        long end = System.currentTimeMillis() + 5_000;
        String a = owner.pixels("#output-canvas");
        String b = visitor.pixels("#output-canvas");
        while (!a.equals(b) && System.currentTimeMillis() < end) {
            Wait.pause(100);
            a = owner.pixels("#output-canvas");
            b = visitor.pixels("#output-canvas");
        }
        assertEquals(a, b, "the same output picture");
    }

    @Test
    void aForkRecordsItsParentAndShowsIt() {
        openPlayground(owner, CONFIG_HASH);
        String parent = save(owner, "#save-create", "The original", "", false);

        visitor.open(server.baseUrl() + "/e/" + parent);
        visitor.click("#save-open");
        assertFalse(visitor.shown("#save-update"), "no 'save changes' without the token");
        assertFalse(visitor.shown("#save-create"), "on an experiment, saving makes a fork");
        assertTrue(visitor.shown("#save-fork"));
        String fork = save(visitor, "#save-fork", "My variation", "Forked to try more neurons.", false);
        closeDialogs(visitor);

        assertNotEquals(parent, fork);
        assertEquals(parent, experiment(fork).path("parent").asText());
        assertTrue(visitor.shown("#experiment-parent"));
        assertEquals("/e/" + parent, visitor.text("#experiment-parent a"));
        assertTrue(visitor.shown("#experiment-actions"), "the fork is the visitor's own: it may change it");
    }

    @Test
    void theOwnerChangesTheExperimentWithItsToken() {
        openPlayground(owner, CONFIG_HASH);
        String id = save(owner, "#save-create", "First title", "", false);
        closeDialogs(owner);

        owner.open(server.baseUrl() + "/e/" + id);
        assertTrue(owner.shown("#experiment-actions"), "the owner sees the edit controls");
        owner.click("#experiment-edit");
        assertTrue(owner.shown("#save-update"));
        assertEquals("First title", owner.value("#save-title"));
        owner.type("#save-title", "A better title");
        owner.click("#save-update");
        owner.waitUntil("!document.querySelector('#save-result').hidden || document.querySelector('#save-error').textContent",
                20_000, "an answer");
        assertEquals("", owner.text("#save-error"));
        assertEquals(owner.value("#save-link"), server.baseUrl() + "/e/" + id, "the short link stays");
        closeDialogs(owner);

        assertEquals("A better title", experiment(id).path("title").asText());
        assertEquals("A better title", owner.text("#experiment-title"));
    }

    @Test
    void withoutTheTokenTheEditControlsAreHiddenAndAWrongTokenIsRefusedInWords() {
        openPlayground(owner, CONFIG_HASH);
        String id = save(owner, "#save-create", "Not yours", "", false);

        visitor.open(server.baseUrl() + "/e/" + id);
        assertEquals("Not yours", visitor.text("#experiment-title"));
        assertFalse(visitor.shown("#experiment-actions"), "no edit or delete without the token");
        visitor.click("#save-open");
        assertFalse(visitor.shown("#save-update"));
        closeDialogs(visitor);

        // A browser that holds a token, but not this experiment's (a stale or forged one): the edit
        // controls show, and the server's 403 comes back as a sentence, not as a silent failure.
        visitor.js("localStorage.setItem('playground.experiments', JSON.stringify("
                + "[{id: arguments[0], token: 'NotTheTokenOfThisExperimentButWellFormed123', title: 'Not yours', savedAt: ''}]))", id);
        visitor.open(server.baseUrl() + "/e/" + id);
        assertTrue(visitor.shown("#experiment-actions"));
        visitor.click("#experiment-edit");
        visitor.type("#save-title", "Taken over");
        visitor.click("#save-update");
        visitor.waitUntil("document.querySelector('#save-error').textContent", 20_000, "the refusal");
        String message = visitor.text("#save-error");
        assertTrue(message.startsWith("This browser’s edit token is not the one of this experiment"), message);
        assertTrue(visitor.shown("#save-error"));
        closeDialogs(visitor);
        assertEquals("Not yours", experiment(id).path("title").asText(), "nothing changed");

        visitor.click("#experiment-delete");
        visitor.click("#experiment-delete");
        visitor.waitUntil("!document.querySelector('#notice').hidden", 20_000, "the refusal to delete");
        assertTrue(visitor.text("#notice .notice-text").contains("edit token is not the one"), visitor.text("#notice"));
        assertEquals(200, http.get("/api/experiments/" + id).status(), "still there");
    }

    @Test
    void theOwnerDeletesAnExperimentFromMyExperiments() {
        openPlayground(owner, CONFIG_HASH);
        String kept = save(owner, "#save-create", "Keep me", "", false);
        closeDialogs(owner);
        openPlayground(owner, CONFIG_HASH);
        String gone = save(owner, "#save-create", "Delete me", "", false);
        closeDialogs(owner);

        owner.click("#mine-open");
        assertEquals(List.of(gone, kept), owner.js("return [...document.querySelectorAll('#mine-list li')]"
                + ".map(li => li.dataset.id)"), "newest first");
        assertEquals("Delete me", owner.text("#mine-list li[data-id='" + gone + "'] .mine-title"));
        owner.click("#mine-list li[data-id='" + gone + "'] button");
        assertEquals(200, http.get("/api/experiments/" + gone).status(), "the first click only asks");
        owner.click("#mine-list li[data-id='" + gone + "'] button");
        owner.waitUntil("!document.querySelector(\"#mine-list li[data-id='" + gone + "']\")", 20_000, "the entry goes");
        assertEquals(404, http.get("/api/experiments/" + gone).status());
        assertEquals(200, http.get("/api/experiments/" + kept).status());
        assertFalse(owner.shown("#experiment-card"), "the page no longer shows a saved experiment");
        assertEquals("/", owner.js("return location.pathname"));
    }

    @Test
    void aGoalSavedWithTheExperimentIsEveryonesChallenge() {
        openPlayground(owner, "dataset=xor&features=x1x2&hiddenLayers=");
        owner.click("#save-open");
        owner.check("#save-goal", true);
        owner.type("#save-goal-testLossBelow", "0.02");
        owner.type("#save-goal-withinEpochs", "1.5");
        owner.click("#save-create");
        owner.waitUntil("document.querySelector('#save-error').textContent", 5_000, "the refusal");
        assertTrue(owner.text("#save-error").contains("goal.withinEpochs"), owner.text("#save-error"));
        owner.type("#save-goal-withinEpochs", "100");
        owner.type("#save-title", "Beat 0.02");
        owner.type("#save-notes", "With **one** feature, x₁x₂, and no hidden layer: how fast can you get there?");
        owner.js("document.querySelector('#save-error').textContent = ''");
        owner.screenshot("sharing-save-dialog.png");
        String id = submit(owner, "#save-create");
        closeDialogs(owner);
        assertEquals("{\"testLossBelow\":0.02,\"withinEpochs\":100}", experiment(id).path("goal").toString());

        visitor.open(server.baseUrl() + "/e/" + id);
        assertTrue(visitor.shown("#goal-panel"));
        assertEquals("Goal: test loss below 0.02, within 100 epochs.", visitor.text("#goal-summary"));
        visitor.play();
        visitor.waitUntil("document.querySelector('#goal-status').dataset.reached === 'true'", 30_000, "success");
        assertTrue(visitor.text("#goal-status").matches("Goal reached at epoch \\d+!"), visitor.text("#goal-status"));
        visitor.pause();
    }

    @Test
    void titlesNotesAndCustomPointsHoldingScriptsAreShownAsTextAndNothingRuns() {
        String title = "<img src=x onerror=\"window.__xss = 'title'\"><script>window.__xss = 'title2'</script>";
        String notes = "**Bold** <img src=x onerror=\"window.__xss = 'notes'\">\n\n<script>window.__xss = 'notes2'</script>\n\n"
                + "[link](javascript:window.__xss='link')";
        openPlayground(owner, CONFIG_HASH);
        String id = save(owner, "#save-create", title, notes, false);
        closeDialogs(owner);

        visitor.open(server.baseUrl() + "/e/" + id);
        assertEquals(title, visitor.text("#experiment-title"), "the title, as text");
        assertEquals(0L, visitor.js("return document.querySelectorAll('#experiment-card img, #experiment-card script,"
                + " #sharing [onerror]').length"), "no element came from a payload");
        assertEquals("Bold", visitor.text("#experiment-notes strong"), "Markdown still works");
        assertTrue(visitor.text("#experiment-notes").contains("<img src=x onerror="), visitor.text("#experiment-notes"));
        assertTrue(visitor.text("#experiment-notes").contains("<script>window.__xss = 'notes2'</script>"));
        assertEquals(false, visitor.js("return [...document.querySelectorAll('#experiment-notes a')]"
                + ".some(a => a.href.startsWith('javascript:'))"), "no script link");
        assertEquals(title, visitor.js("return document.title"), "the document title is text too");

        // Custom points: a CSV whose cells are payloads is refused with the cell shown as text.
        visitor.click("#csv-open");
        visitor.type("#csv-text", "1,2,1\n<img src=x onerror=\"window.__xss = 'csv'\">,1,-1\n"
                + "<script>window.__xss = 'csv2'</script>,0,1");
        visitor.click("#csv-apply");
        visitor.waitUntil("document.querySelector('#csv-error').textContent", 5_000, "the CSV error");
        assertTrue(visitor.text("#csv-error").contains("<img src=x onerror="), visitor.text("#csv-error"));
        assertEquals(0L, visitor.js("return document.querySelectorAll('#csv-error *').length"));

        // And "my experiments" of the writer lists the title as text.
        owner.click("#mine-open");
        assertEquals(title, owner.text("#mine-list li[data-id='" + id + "'] .mine-title"));
        assertEquals(0L, owner.js("return document.querySelectorAll('#mine-list img, #mine-list script').length"));

        Wait.pause(300);
        assertEquals(null, visitor.js("return window.__xss ?? null"), "no payload ran");
        assertEquals(null, owner.js("return window.__xss ?? null"), "no payload ran");
        assertEquals(List.of(), visitor.cspViolations(), "nothing was even tried (no CSP violation)");
    }
}
