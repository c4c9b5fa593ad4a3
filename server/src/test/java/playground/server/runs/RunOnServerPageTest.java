package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.config.Limits;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;
import playground.server.testing.Wait;
import playground.train.Fingerprint;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * Server runs from the playground page: "Run on server…" sends the page's experiment, the run's
 * progress and loss curves stream into the page, a sweep fills a heatmap table with the API's
 * own numbers, and a finished trial opens in the playground holding exactly the server's state,
 * so that training on in the page continues as the core would.
 */
class RunOnServerPageTest {
    static final Path SHOTS = Path.of("target", "screenshots");
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static TestServer server;
    private static Browser browser;
    private static RunsClient api;
    private static int opened;

    @BeforeAll
    static void start() {
        server = SITE.server();
        browser = SITE.browser();
        api = new RunsClient(server.baseUrl());
    }

    @AfterEach
    void plainScreen() {
        browser.devTools("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.devTools("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    @Test
    void severalSeedsStreamTheirCurvesAndEachSeedOpensInThePlaygroundExactly() {
        open("", "dataset=spiral&seed=3&points=1000&hiddenLayers=6,6&noise=10");
        openDialog();
        type("#server-run-epochs", "1500");
        type("#server-run-seeds", "2");
        String preview = text("#server-run-preview");
        assertTrue(preview.contains("2 seeds") && preview.contains("1,500"), preview);
        assertTrue(text("#server-run-body").contains("\"seeds\":2"), "the request is shown");
        String id = submit();
        assertFalse((Boolean) js("return document.querySelector('#server-run-dialog').open"), "the dialog closes");

        waitUntil("document.querySelector('#server-run').dataset.status === 'done'", "the run is done", 60_000);
        List<Integer> log = pointLog();
        assertTrue(log.size() >= 2, "the curves grew over several events: " + log);
        for (int i = 1; i < log.size(); i++) assertTrue(log.get(i) > log.get(i - 1), "points only grow: " + log);
        assertEquals(2 * 1501, log.get(log.size() - 1), "both seeds' whole curves (entry 0 is before training)");
        assertTrue(chartPainted(), "the chart shows the curves");

        JsonNode run = api.read(id);
        assertEquals("seeds", run.get("kind").asText());
        assertEquals(4, run.get("results").get(1).get("seed").asInt(), "seed 3, then 4");
        waitUntil("document.querySelectorAll('#server-run-trial option').length === 2", "both seeds can be opened");
        JsonNode curves = run.get("curves").get(0);
        double mean = curves.get("meanTestLoss").get(curves.get("meanTestLoss").size() - 1).asDouble();
        assertTrue(text("#server-run-outcome").startsWith("Final test loss " + precision(mean, 4) + " ±"),
                text("#server-run-outcome") + " shows the mean " + mean);
        shoot("server-run-seeds.png", "#server-run");
        assertEquals(List.of(), unnamedControls("#server-run"), "every control of the view has a name");

        // Every word of the view follows the page's language.
        select("select.language", "zh");
        waitUntil("document.documentElement.lang === 'zh-CN'", "Chinese");
        @SuppressWarnings("unchecked")
        List<String> english = (List<String>) js("const out = []; const root = document.querySelector('#server-run');"
                + "const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
                + "while (walker.nextNode()) { const t = walker.currentNode.textContent.trim();"
                + "  if (/[A-Za-z]{2,}/.test(t) && walker.currentNode.parentElement.checkVisibility()) out.push(t); }"
                + "for (const e of root.querySelectorAll('[aria-label], [title]')) for (const a of ['aria-label', 'title']) {"
                + "  const v = e.getAttribute(a); if (v && /[A-Za-z]{2,}/.test(v)) out.push(v); }"
                + "return out;");
        assertEquals(List.of(), english, "English left in the run's view after switching to Chinese");
        assertTrue(text("#server-run-summary").startsWith("2 个种子"), text("#server-run-summary"));
        select("select.language", "en");
        waitUntil("document.documentElement.lang === 'en'", "English again");

        select("#server-run-trial", "1");
        click("#server-run-open-result");
        String snapshot = api.snapshot(id, 1);
        assertHoldsExactly(snapshot);
        assertTrue(hash().contains("seed=4"), "the playground shows the trial's configuration: " + hash());
        stepAndCompare(snapshot);

        // A reload shows the run again (the tab remembers it); closing the view forgets it.
        String outcome = text("#server-run-outcome");
        reload();
        waitUntil("document.querySelector('#server-run')?.dataset.status === 'done'", "the run is shown again"
                + " (the room's bundle loads at start when the tab follows a run)");
        assertEquals(id, js("return document.querySelector('#server-run').dataset.runId"));
        waitUntil("document.querySelector('#server-run-outcome').textContent.trim() === arguments[0]", "its results",
                outcome);
        click("#server-run-dismiss");
        assertFalse(shown("#server-run"));
        reload();
        Wait.pause(500);
        assertFalse(shown("#server-run"), "a closed run stays closed");
    }

    @Test
    void aSweepFillsAHeatmapWithTheServersNumbersAndACellOpensItsTrial() {
        screen(1024, 900, true);
        open("", "problem=regression&dataset=plane&points=200&seed=5");
        openDialog();
        type("#server-run-epochs", "60");
        type("#server-run-seeds", "1");
        select("#server-run-grid-0-setting", "learningRate");
        type("#server-run-grid-0-values", "0.01, 0.1, 10");
        select("#server-run-grid-1-setting", "hiddenLayers");
        type("#server-run-grid-1-values", "[4], [3, 2]");
        assertTrue(text("#server-run-preview").startsWith("6 cells, one seed each: 6 trials of 60 epochs each."),
                text("#server-run-preview"));
        shoot("server-run-dialog.png", "#server-run-dialog");
        submit();
        waitUntil("document.querySelector('#server-run').dataset.status === 'done'", "the sweep is done", 60_000);
        waitUntil("document.querySelectorAll('#server-run-sweep button.sweep-cell:not(:disabled)').length === 6",
                "every cell can be opened");
        String id = (String) js("return document.querySelector('#server-run').dataset.runId");

        JsonNode sweep = api.read(id).get("sweep");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>) js("return [...document.querySelectorAll("
                + "'#server-run-sweep button.sweep-cell')].map(b => ({cell: b.dataset.cell, trial: b.dataset.trial,"
                + " loss: b.dataset.loss ?? null, text: b.textContent, best: b.parentElement.classList.contains('best'),"
                + " diverged: b.classList.contains('cell-diverged'), row: b.closest('tr').querySelector('th').textContent,"
                + " column: b.closest('table').querySelectorAll('thead th')[b.parentElement.cellIndex].textContent}))");
        assertEquals(6, cells.size());
        int best = sweep.get("best").get("trials").get(0).asInt();
        int finite = 0;
        for (Map<String, Object> shown : cells) {
            int index = Integer.parseInt((String) shown.get("cell"));
            JsonNode cell = sweep.get("cells").get(index);
            assertEquals(cell.get("trials").get(0).asInt(), Integer.parseInt((String) shown.get("trial")));
            assertEquals(cell.get("settings").get("learningRate").asText(), shown.get("row"), "rows: learning rates");
            assertEquals(cell.get("settings").get("hiddenLayers").toString().replace(",", ", "), shown.get("column"),
                    "columns: hidden layers");
            if (!cell.get("meanTestLoss").isNumber() || cell.get("diverged").asInt() == cell.get("trialsDone").asInt()) {
                assertTrue((Boolean) shown.get("diverged"), "a diverged cell is marked: " + shown);
            } else {
                finite++;
                double loss = cell.get("meanTestLoss").asDouble();
                assertEquals(loss, Double.parseDouble((String) shown.get("loss")), "the API's number, to the bit");
                assertTrue(((String) shown.get("text")).contains(precision(loss, 3)), shown.toString());
            }
            assertEquals(cell.get("trials").get(0).asInt() == best, shown.get("best"), "only the best is starred");
        }
        assertTrue(finite >= 2, "the small learning rate's cells trained: " + cells);
        assertTrue(cells.stream().anyMatch(c -> (Boolean) c.get("diverged")), "learning rate 10 diverges: " + cells);
        assertEquals(List.of(), unnamedControls("#server-run"), "every cell is a button with a name");
        // The colour-blind palette reaches the table (the room hears of it through the page's bridge).
        String bestColour = (String) js("return document.querySelector('#server-run-sweep td.best button').style.background");
        click("[data-control=colorblind]");
        waitUntil("document.querySelector('#server-run-sweep td.best button').style.background !== arguments[0]",
                "the table is repainted in the colour-blind palette", bestColour);
        click("[data-control=colorblind]");
        waitUntil("document.querySelector('#server-run-sweep td.best button').style.background === arguments[0]",
                "and back", bestColour);
        shoot("server-run-sweep.png", "#server-run");
        screen(360, 780, true);
        waitUntil("document.documentElement.scrollWidth <= 360", "the run's view fits a phone");
        Wait.pause(200);
        shoot("server-run-sweep-phone.png", "#server-run");
        screen(1024, 900, true);

        // The best cell opens in the playground, exactly as the server left it.
        JsonNode bestCell = sweep.get("best");
        click("#server-run-sweep td.best button");
        String snapshot = api.snapshot(id, best);
        assertHoldsExactly(snapshot);
        String learningRate = bestCell.get("settings").get("learningRate").asText();
        String layers = bestCell.get("settings").get("hiddenLayers").toString().replaceAll("[\\[\\]]", "");
        assertTrue(hash().contains("learningRate=" + learningRate) && hash().contains("hiddenLayers=" + layers),
                "the playground holds the cell's configuration: " + hash());
        stepAndCompare(snapshot);
    }

    @Test
    void aLongRunShowsItsProgressLiveAndIsCancelledFromThePage() {
        open("", "dataset=gauss&seed=2");
        openDialog();
        type("#server-run-epochs", "100000");
        type("#server-run-seeds", "1");
        submit();
        waitUntil("+document.querySelector('#server-run').dataset.points > 300", "curve points arrive", 30_000);
        assertEquals("running", js("return document.querySelector('#server-run').dataset.status"));
        assertTrue(text("#server-run-progress").matches("Trials 0 / 1 · epochs [0-9,]+ / 100,000"),
                text("#server-run-progress"));
        assertTrue(chartPainted(), "the curve is drawn as it grows");
        shoot("server-run-running.png", "#server-run");
        click("#server-run-cancel");
        waitUntil("document.querySelector('#server-run').dataset.status === 'cancelled'", "cancelled", 10_000);
        String id = (String) js("return document.querySelector('#server-run').dataset.runId");
        assertEquals("cancelled", api.read(id).get("status").asText());
        assertEquals("Cancelled", text("#server-run-status"));
        assertFalse((Boolean) js("return document.querySelector('#server-run-cancel').checkVisibility()"),
                "nothing left to cancel");
    }

    @Test
    void aThirdSettingIsChosenWithASelectorAboveTheTable() {
        open("", "dataset=xor&points=100");
        openDialog();
        type("#server-run-epochs", "20");
        type("#server-run-seeds", "1");
        select("#server-run-grid-0-setting", "depth");
        type("#server-run-grid-0-values", "1, 2");
        select("#server-run-grid-1-setting", "width");
        type("#server-run-grid-1-values", "3");
        select("#server-run-grid-2-setting", "activation");
        type("#server-run-grid-2-values", "relu, tanh");
        submit();
        waitUntil("document.querySelector('#server-run').dataset.status === 'done'", "the sweep is done", 60_000);
        waitUntil("document.querySelectorAll('#server-run-sweep button.sweep-cell:not(:disabled)').length === 2",
                "the first table");
        assertEquals("0,2", cellIndices(), "depth 1 and 2 with relu: cells 0 and 2 (the first setting varies slowest)");
        assertEquals("ReLU", js("const s = document.querySelector('#server-run-sweep-page');"
                + "return s.options[s.selectedIndex].textContent"));
        select("#server-run-sweep-page", "1");
        waitUntil("document.querySelector('#server-run-sweep button.sweep-cell').dataset.cell === '1'", "tanh's table");
        assertEquals("1,3", cellIndices());
        assertEquals("server-run-sweep-page", js("return document.activeElement.id"), "the selector keeps the focus");
    }

    @Test
    void aTrialLargerThanThePageAllowsSaysSoAndLeavesThePlaygroundAsItWas() {
        open("", "dataset=xor&points=100&seed=4");
        String before = hash();
        openDialog();
        type("#server-run-epochs", "3");
        type("#server-run-seeds", "1");
        select("#server-run-grid-0-setting", "points");
        type("#server-run-grid-0-values", "100, 5000"); // the server allows 100 000 points, the page 2 000
        submit();
        waitUntil("document.querySelector('#server-run').dataset.status === 'done'", "the run is done", 60_000);
        waitUntil("document.querySelectorAll('#server-run-sweep button.sweep-cell:not(:disabled)').length === 2",
                "both cells");
        click("#server-run-sweep button.sweep-cell[data-cell='1']");
        waitUntil("!document.querySelector('#notice').hidden && document.querySelector('#notice').textContent"
                + ".includes('cannot open in the playground')", "the notice says why", 15_000);
        String notice = (String) js("return document.querySelector('#notice .notice-text').textContent");
        assertTrue(notice.contains("points"), "it names what is too large: " + notice);
        assertEquals(before, hash(), "the playground keeps its experiment");

        click("#server-run-sweep button.sweep-cell[data-cell='0']");
        waitUntil("document.querySelector('#notice').textContent.includes('Opened the server')", "the small one opens");
    }

    private String cellIndices() {
        return (String) js("return [...document.querySelectorAll('#server-run-sweep button.sweep-cell')]"
                + ".map(b => b.dataset.cell).join(',')");
    }

    @Test
    void theServersRefusalsAreShownInTheDialogInWords() {
        open("", "");
        openDialog();
        type("#server-run-epochs", "0");
        click("#server-run-submit");
        waitUntil("document.querySelector('#server-run-error').textContent.length > 0", "the refusal is shown");
        String error = text("#server-run-error");
        assertTrue(error.startsWith("The server refused this run:") && error.contains("epochs")
                && error.contains("1 to 100000"), error);
        assertTrue((Boolean) js("return document.querySelector('#server-run-dialog').open"), "the dialog stays open");

        type("#server-run-epochs", "100");
        select("#server-run-grid-0-setting", "learningRate");
        type("#server-run-grid-0-values", "0.1, fast");
        assertTrue(text("#server-run-preview").contains("'fast' is not a number"), text("#server-run-preview"));
        assertTrue((Boolean) js("return document.querySelector('#server-run-submit').disabled"), "nothing to send");
    }

    @Test
    void theDialogFitsAPhoneInChinese() {
        screen(360, 780, false);
        open("lang=zh", "");
        openDialog();
        select("#server-run-grid-0-setting", "activation");
        type("#server-run-grid-0-values", "relu, tanh, sigmoid");
        select("#server-run-grid-1-setting", "depth");
        type("#server-run-grid-1-values", "1, 2, 4");
        String preview = text("#server-run-preview");
        assertTrue(preview.startsWith("9 个组合"), preview);
        assertEquals(Boolean.TRUE, js("const d = document.querySelector('#server-run-dialog');"
                + "return d.scrollWidth <= d.clientWidth && d.getBoundingClientRect().right <= 360"
                + " && document.documentElement.scrollWidth <= 360"), "nothing is wider than the phone");
        assertEquals(List.of(), unnamedControls("#server-run-dialog"), "every field of the dialog has a label");
        js("document.querySelector('#server-run-dialog details').open = true;");
        shoot("server-run-dialog-phone-zh.png", "#server-run-dialog");
    }

    /**
     * The page's own bundle carries nothing of the room: a first visit fetches no serverruns.*
     * file and builds neither the dialog nor the view. The first press loads the bundle (saying
     * "Loading…" while it takes long), later presses reuse it; a load that fails says so in the
     * page's notice, and the next press tries again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theRoomsBundleIsLoadedOnlyWhenTheReaderAsks(String runtime) {
        browser.devTools("Network.enable", Map.of());
        browser.devTools("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        try {
            firstPressLoadsTheRoom(runtime);
        } finally {
            browser.devTools("Network.setBlockedURLs", Map.of("urls", List.of()));
            browser.devTools("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            browser.devTools("Network.setCacheDisabled", Map.of("cacheDisabled", false));
            browser.devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        }
    }

    /** The WebAssembly bundles on a desktop screen, the JavaScript ones on a touch phone (its header's menu open). */
    private void firstPressLoadsTheRoom(String runtime) {
        boolean phone = runtime.equals("js");
        if (phone) {
            screen(360, 740, false);
            browser.devTools("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        }
        open("runtime=" + runtime, "");
        if (phone) click("#fold-menu");
        assertEquals(0L, roomFetches(0), "a first visit fetches nothing of the room");
        assertEquals(Boolean.TRUE, js("return document.querySelector('#server-run-dialog, #server-run') === null"));
        assertEquals("Run on server…", text("#server-run-open"));

        browser.devTools("Network.setBlockedURLs", Map.of("urls", List.of("*serverruns.*")));
        click("#server-run-open");
        waitUntil("!document.querySelector('#notice').hidden", "the page says the room could not be loaded");
        String notice = text("#notice .notice-text");
        assertEquals("Could not load “Run on server”. Check the connection and press it again.", notice);
        shoot(phone ? "server-run-load-failed-phone.png" : "server-run-load-failed.png", "#notice");
        waitUntil("!document.querySelector('#server-run-open').hasAttribute('aria-busy')", "the button is itself again");
        assertEquals("Run on server…", text("#server-run-open"));
        assertEquals(Boolean.TRUE, js("return document.querySelector('#server-run-dialog') === null"));

        browser.devTools("Network.setBlockedURLs", Map.of("urls", List.of()));
        browser.devTools("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 1500,
                "downloadThroughput", -1, "uploadThroughput", -1));
        double pressed = ((Number) js("return performance.now()")).doubleValue();
        click("#server-run-open");
        waitUntil("document.querySelector('#server-run-open').textContent === 'Loading…'", "a slow load says so");
        shoot(phone ? "server-run-loading-phone.png" : "server-run-loading.png", "header.top");
        waitUntil("document.querySelector('#server-run-dialog')?.open", "the dialog opens once loaded");
        assertEquals("Run on server…", text("#server-run-open"));
        assertEquals(1L, roomFetches(pressed), "the press fetched the room's bundle");
        type("#server-run-epochs", "250");
        assertTrue(text("#server-run-preview").startsWith("One run of 250 epochs."), text("#server-run-preview"));

        click("#server-run-close");
        double again = ((Number) js("return performance.now()")).doubleValue();
        openDialog();
        assertEquals(0L, roomFetches(again), "a second press loads nothing again");
    }

    /** The room's bundle files the page fetched since {@code sinceMillis} (its time origin's clock). */
    private long roomFetches(double sinceMillis) {
        return ((Number) js("return performance.getEntriesByType('resource').filter(e =>"
                + " /\\/serverruns\\.(wasm|js)$/.test(new URL(e.name).pathname) && e.startTime >= arguments[0]).length",
                sinceMillis)).longValue();
    }

    @Test
    void embedsHaveNoRunButton() {
        open("embed=1", "");
        assertEquals(Boolean.TRUE, js("return document.querySelector('#server-run-open') === null"
                + " && document.querySelector('#server-run') === null"));
    }

    // ---------------------------------------------------------------- the page

    /** Presses "Run on server…" and waits for its dialog (the first press loads the room's bundle). */
    private void openDialog() {
        click("#server-run-open");
        waitUntil("document.querySelector('#server-run-dialog')?.open", "the dialog opens");
    }

    /** A screen of this size (a phone's when narrow), light or dark. */
    /**
     * Sends the dialog's run and waits until the page follows it: a new run id, not the one the
     * page showed before (so no wait below can be met by an earlier run).
     *
     * @return the new run's id
     */
    private String submit() {
        Object before = js("return document.querySelector('#server-run').dataset.runId ?? null");
        click("#server-run-submit");
        waitUntil("document.querySelector('#server-run').dataset.runId"
                + " && document.querySelector('#server-run').dataset.runId !== arguments[0]", "the page follows the new run",
                before);
        return (String) js("return document.querySelector('#server-run').dataset.runId");
    }

    private void screen(int width, int height, boolean dark) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("width", width);
        metrics.put("height", height);
        metrics.put("deviceScaleFactor", width < 500 ? 2 : 1);
        metrics.put("mobile", width < 500);
        browser.devTools("Emulation.setDeviceMetricsOverride", metrics);
        browser.devTools("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** The page holds the snapshot's network, weights and history, to the bit. */
    private void assertHoldsExactly(String snapshot) {
        String expected = Fingerprint.of(Snapshot.fromJson(snapshot, Limits.SERVER));
        Wait.until("the page holds the server's trial, to the bit", Duration.ofSeconds(20), this::fingerprint,
                expected::equals);
    }

    /** One more epoch in the page is the one the core trains after restoring the same snapshot. */
    private void stepAndCompare(String snapshot) {
        TrainingRun here = Snapshot.fromJson(snapshot, Limits.SERVER);
        here.trainEpoch();
        click("[data-control=step]");
        String expected = Fingerprint.of(here);
        Wait.until("the page trains on from the trial exactly", Duration.ofSeconds(10), this::fingerprint,
                expected::equals);
    }

    /** {@code x} to {@code digits} significant digits as the page writes it (JavaScript's toPrecision, then Number). */
    private static String precision(double x, int digits) {
        return new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }

    /** The controls under {@code root} that assistive technology could not name. */
    @SuppressWarnings("unchecked")
    private List<String> unnamedControls(String root) {
        return (List<String>) js("const out = [];"
                + "for (const c of document.querySelector(arguments[0]).querySelectorAll('button, input, select, textarea')) {"
                + "  if (!c.checkVisibility()) continue;"
                + "  const name = (c.labels && c.labels.length ? c.labels[0].textContent : '')"
                + "    || c.getAttribute('aria-label') || c.textContent;"
                + "  if (!name || !name.trim()) out.push(c.outerHTML.slice(0, 80)); }"
                + "return out;", root);
    }

    private boolean chartPainted() {
        return (Boolean) js("const c = document.querySelector('#server-run-chart');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n > 500;");
    }

    private List<Integer> pointLog() {
        String log = (String) js("return document.querySelector('#server-run').dataset.pointLog");
        List<Integer> counts = new ArrayList<>();
        for (String s : log.split(",")) if (!s.isEmpty()) counts.add(Integer.parseInt(s));
        return counts;
    }

    private String fingerprint() {
        return (String) js("return window.playgroundPage.fingerprint()");
    }

    private String hash() {
        return (String) js("return location.hash");
    }

    private void open(String query, String hash) {
        String q = "?n=" + (++opened) + (query.isEmpty() ? "" : "&" + query);
        browser.openAndWaitUntilReady(server.baseUrl() + "/" + q + (hash.isEmpty() ? "" : "#" + hash));
        waitUntil("document.documentElement.dataset.page === 'ready'", "the page drew its first frame", 30_000);
    }

    private Object js(String script, Object... args) {
        return browser.script(script, args);
    }

    private void waitUntil(String condition, String what) {
        waitUntil(condition, what, 10_000);
    }

    private void waitUntil(String condition, String what, Object argument) {
        browser.waitUntil(condition, Duration.ofSeconds(10), what, argument);
    }

    private void reload() {
        js("document.documentElement.dataset.page = 'old'; location.reload()");
        waitUntil("document.documentElement.dataset.page === 'ready'", "the page drew its first frame", 30_000);
    }

    private boolean shown(String selector) {
        return Boolean.TRUE.equals(js("const e = document.querySelector(arguments[0]);"
                + "return !!e && e.checkVisibility()", selector));
    }

    private void waitUntil(String condition, String what, long millis) {
        browser.waitUntil(condition, Duration.ofMillis(millis), what);
    }

    private String text(String selector) {
        return (String) js("const e = document.querySelector(arguments[0]);"
                + "if (!e) throw new Error('no ' + arguments[0]); return e.textContent.trim();", selector);
    }

    private void click(String selector) {
        js("const e = document.querySelector(arguments[0]); if (!e) throw new Error('no ' + arguments[0]); e.click();",
                selector);
    }

    /** Types into a field as a reader does: the value, then input and change events. */
    private void type(String selector, String text) {
        js("const e = document.querySelector(arguments[0]); if (!e) throw new Error('no ' + arguments[0]);"
                + "e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true}));"
                + "e.dispatchEvent(new Event('change', {bubbles: true}));", selector, text);
    }

    private void select(String selector, String value) {
        js("const s = document.querySelector(arguments[0]); if (!s) throw new Error('no ' + arguments[0]);"
                + "s.value = arguments[1]; s.dispatchEvent(new Event('change', {bubbles: true}));", selector, value);
    }

    /** A picture of one element of the page, for the README and for looking at. */
    private void shoot(String name, String selector) {
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return [r.left + scrollX, r.top + scrollY, r.width, r.height];", selector);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("format", "png");
        options.put("captureBeyondViewport", true);
        options.put("clip", Map.of("x", Math.max(0, box.get(0).doubleValue() - 8), "y",
                Math.max(0, box.get(1).doubleValue() - 8), "width", box.get(2).doubleValue() + 16,
                "height", box.get(3).doubleValue() + 16, "scale", 1));
        Map<String, Object> shot = browser.devTools("Page.captureScreenshot", options);
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
