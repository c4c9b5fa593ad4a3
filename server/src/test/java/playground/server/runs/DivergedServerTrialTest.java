package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import playground.server.testing.Browser;
import playground.server.testing.Http;
import playground.server.testing.TestServer;

/**
 * A server trial that diverged (NaN weights): the run view says so in words, with no "NaN" or
 * "null" on show, and "Open in the playground" opens its snapshot, where the page explains the
 * divergence.
 */
class DivergedServerTrialTest {
    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) browser.close();
        } finally {
            if (server != null) server.close();
        }
    }

    @Test
    void aDivergedTrialIsShownInWordsAndOpensInThePlayground() throws Exception {
        Map<String, Object> config = RunsClient.body("problem", "regression", "dataset", "plane", "activation", "linear",
                "learningRate", 10, "batchSize", 1, "points", 200, "features", List.of("x1sq", "x2sq", "x1x2"),
                "hiddenLayers", List.of(4), "seed", 2);
        String body = Http.json(RunsClient.body("config", config, "epochs", 5, "seeds", 1));
        RunsClient client = new RunsClient(server.baseUrl());
        String id = client.submit(RunsClient.body("config", config, "epochs", 5, "seeds", 1));
        assertEquals("done", client.waitUntilFinished(id, Duration.ofSeconds(30)).get("status").asText());
        assertTrue(client.snapshot(id, 0).contains("\"NaN\""), "the trial's weights are NaN");

        // The tab follows the run, as after submitting it from the page and reloading.
        browser.openAndWaitUntilReady(server.baseUrl() + "/");
        browser.script("sessionStorage.setItem('playground.serverRun', JSON.stringify({id: arguments[0], body: arguments[1]}))",
                id, body);
        browser.openAndWaitUntilReady(server.baseUrl() + "/?again");
        waitUntil("document.querySelector('#server-run-outcome')?.checkVisibility()", "the outcome is shown");
        String outcome = text("#server-run-outcome");
        assertTrue(outcome.contains("Training diverged at epoch 1") && outcome.contains("test loss diverged"), outcome);
        String view = text("#server-run");
        assertFalse(view.contains("NaN") || view.contains("null") || view.contains("Infinity"), view);

        browser.script("document.querySelector('#server-run-open-result').click()");
        waitUntil("document.querySelector('#diverged').checkVisibility()", "the playground explains the divergence");
        assertTrue(text("#diverged").contains("learning rate 10 is too large"), text("#diverged"));
        assertEquals("diverged", text("#test-loss"));
        assertEquals("diverged", text("#train-loss"));
        assertEquals("1", text("#epoch").replaceAll("[^0-9]", ""));
    }

    private static String text(String selector) {
        return (String) browser.script("return document.querySelector(arguments[0]).textContent", selector);
    }

    private static void waitUntil(String condition, String what) {
        browser.waitUntil(condition, Duration.ofSeconds(20), what);
    }
}
