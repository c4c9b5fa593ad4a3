package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.config.Limits;
import playground.server.testing.Browser;
import playground.server.testing.Http;
import playground.server.testing.ServerAndBrowser;
import playground.server.testing.TestServer;
import playground.train.Fingerprint;
import playground.train.Snapshot;

/**
 * A run on the server ends in exactly the state the browser computes for the same
 * configuration and epochs, in both of the page's runtimes (WebAssembly and JavaScript).
 */
class ServerRunInBrowserTest {
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = SITE.server();
        browser = SITE.browser();
    }

    @Test
    void theServersFinalStateIsTheBrowsersToTheBit() throws Exception {
        Map<String, Object> config = RunsClient.body("dataset", "spiral", "points", 300, "hiddenLayers", List.of(5, 3),
                "activation", "relu", "learningRate", 0.1, "optimizer", "momentum", "seed", 9);
        int epochs = 40;
        RunsClient client = new RunsClient(server.baseUrl());
        String id = client.submit(RunsClient.body("config", config, "epochs", epochs));
        assertEquals("done", client.waitUntilFinished(id, Duration.ofSeconds(30)).get("status").asText());
        String onServer = Fingerprint.of(Snapshot.fromJson(client.snapshot(id, 0), Limits.SERVER));

        for (String runtime : List.of("wasm", "js")) {
            browser.openAndWaitUntilReady(server.baseUrl() + "/?probes=1&runtime=" + runtime);
            String inBrowser = (String) browser.script(
                    "return window.playground.probes.trainFingerprint(arguments[0], arguments[1] | 0)",
                    Http.json(config), epochs);
            assertEquals(onServer, inBrowser, runtime);
        }
    }
}
