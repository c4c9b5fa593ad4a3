package playground.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.config.Config;
import playground.config.Limits;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;
import playground.train.Fingerprint;
import playground.train.TrainingRun;
import playground.server.testing.TestServer;

/**
 * Both TeaVM bundles load in Chromium from the real server, under its Content-Security-Policy
 * (no violation reported), and compute the JVM's exact bits.
 */
class BundlesInBrowserTest {
    @RegisterExtension
    static final ServerAndBrowser SITE = new ServerAndBrowser();
    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = SITE.server();
        browser = SITE.browser();
        browser.runBeforeEveryPage("window.__cspViolations = [];"
                + " document.addEventListener('securitypolicyviolation',"
                + " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile));");
    }

    private static void assertNoCspViolation() {
        assertEquals(List.of(), browser.script("return window.__cspViolations"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void bundleLoadsAndMatchesTheJvm(String runtime) {
        browser.openAndWaitUntilReady(server.baseUrl() + "/?probes=1&runtime=" + runtime);
        browser.screenshot(Path.of("target", "screenshots", "index-" + runtime + ".png"));

        assertEquals(runtime, browser.script("return window.playground.runtime"));
        assertNoCspViolation();
        // (The client's Main is not called on the JVM: it installs the browser's number codec.)
        assertTrue(((String) browser.script("return window.playground.exports.version()")).matches("\\d+"));

        // The fingerprint holds the raw IEEE bits of every loss and parameter.
        String config = "{\"dataset\":\"spiral\",\"hiddenLayers\":[5,3],\"learningRate\":0.1}";
        String inBrowser = (String) browser.script(
                "return window.playground.probes.trainFingerprint(arguments[0], 5)", config);
        TrainingRun onJvm = new TrainingRun(Config.fromJson(config, Limits.SERVER));
        for (int i = 0; i < 5; i++) onJvm.trainEpoch();
        assertEquals(Fingerprint.of(onJvm), inBrowser);
    }

    @Test
    void automaticChoiceInChromiumIsWebAssembly() {
        browser.openAndWaitUntilReady(server.baseUrl() + "/");
        assertEquals("wasm", browser.script("return window.playground.runtime"));
        assertNoCspViolation();
    }
}
