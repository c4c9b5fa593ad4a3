package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static playground.server.runs.RunsClient.body;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import playground.server.testing.Browser;
import playground.server.testing.TestServer;

/**
 * A page whose run the server will not stream (every stream place is taken) follows the run by
 * reading it every few seconds instead, and shows it done like a streamed one.
 */
class StreamRefusedPageTest {
    @Test
    void aPageRefusedAStreamPollsTheRunToItsEnd() throws Exception {
        try (TestServer server = TestServer.start(o -> o.withWorkers(2)); Browser browser = Browser.start()) {
            RunsClient api = new RunsClient(server.baseUrl());
            // A run of minutes whose watchers take every place for streams, from 20 addresses.
            String busy = api.submit(body("config", body("dataset", "spiral", "points", 1000, "hiddenLayers",
                    List.of(8, 8, 8)), "epochs", 100_000));
            String path = "/api/runs/" + busy + "/events";
            List<RawStream> watchers = new ArrayList<>();
            try {
                for (int i = 0; i < RunEvents.MAX_STREAMS; i++) {
                    RawStream stream = RawStream.open("127.0.0." + (2 + i % 20), server.server().port(), path, 0);
                    watchers.add(stream);
                    assertEquals(200, stream.status);
                }
                try (RawStream refused = RawStream.open("127.0.0.40", server.server().port(), path, 0)) {
                    assertEquals(429, refused.status, "the cap is reached");
                }

                browser.openAndWaitUntilReady(server.baseUrl() + "/#dataset=xor&hiddenLayers=3&seed=2");
                js(browser, "document.querySelector('#server-run-open').click()");
                waitUntil(browser, "document.querySelector('#server-run-dialog')?.open", 10_000); // built when its bundle loads
                js(browser, "const e = document.querySelector('#server-run-epochs'); e.value = '300';"
                        + "e.dispatchEvent(new Event('input', {bubbles: true}));"
                        + "e.dispatchEvent(new Event('change', {bubbles: true}));");
                js(browser, "document.querySelector('#server-run-submit').click()");

                waitUntil(browser, "document.querySelector('#server-run').dataset.updates === 'polling'", 10_000);
                assertEquals("Live updates unavailable; checking every few seconds",
                        js(browser, "return document.querySelector('#server-run .run-status').textContent"));
                waitUntil(browser, "document.querySelector('#server-run').dataset.status === 'done'", 60_000);
                waitUntil(browser, "document.querySelector('#server-run .run-status').textContent !== "
                        + "'Live updates unavailable; checking every few seconds'", 10_000);
                String id = (String) js(browser, "return document.querySelector('#server-run').dataset.runId");
                assertEquals(300, api.read(id).get("progress").get("epochsDone").asInt());
            } finally {
                watchers.forEach(RawStream::close);
                api.http.delete("/api/runs/" + busy);
            }
        }
    }

    private static Object js(Browser browser, String script) {
        return browser.script(script);
    }

    private static void waitUntil(Browser browser, String condition, long millis) {
        browser.waitUntil(condition, Duration.ofMillis(millis), "the page shows it");
    }
}
