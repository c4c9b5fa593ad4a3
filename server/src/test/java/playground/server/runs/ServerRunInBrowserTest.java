package playground.server.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.config.Config;
import playground.config.HashCodec;
import playground.config.Limits;
import playground.core.Json;
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

    /**
     * The playground page's own network, reset to new weights (its address then holds an
     * initSeed), trained by steps: a server run of the address's configuration ends in its bits.
     */
    @Test
    void aServerRunOfThePagesConfigurationWithInitSeedEndsInThePagesBits() throws Exception {
        browser.openAndWaitUntilReady(server.baseUrl() + "/?runtime=wasm#dataset=xor&noise=10&seed=5");
        browser.script("document.querySelector('[data-control=reset]').click()");
        browser.waitUntil("location.hash.includes('&seed=5&initSeed=6&')", Duration.ofSeconds(5), "new weights");
        int epochs = 5;
        for (int e = 1; e <= epochs; e++) {
            browser.script("document.querySelector('[data-control=step]').click()");
            browser.waitUntil("document.querySelector('#epoch').textContent.trim() === '" + e + "'",
                    Duration.ofSeconds(10), "epoch " + e);
        }
        Config config = HashCodec.decode((String) browser.script("return location.hash"), Limits.BROWSER).config();
        String inPage = (String) browser.script("return window.playgroundPage.fingerprint()");

        RunsClient client = new RunsClient(server.baseUrl());
        Map<String, Object> body = RunsClient.body("config", Json.parse(config.toJson()), "epochs", epochs);
        String id = client.submit(body);
        assertEquals("done", client.waitUntilFinished(id, Duration.ofSeconds(30)).get("status").asText());
        assertEquals(inPage, Fingerprint.of(Snapshot.fromJson(client.snapshot(id, 0), Limits.SERVER)));
    }
}
