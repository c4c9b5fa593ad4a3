package playground.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.server.testing.Browser;
import playground.server.testing.TestServer;

/** Both TeaVM bundles load in Chromium from the real server and compute the JVM's exact bits. */
class BundlesInBrowserTest {
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

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void bundleLoadsAndMatchesTheJvm(String runtime) {
        browser.openAndWaitUntilReady(server.baseUrl() + "/?runtime=" + runtime);
        browser.screenshot(Path.of("target", "screenshots", "index-" + runtime + ".png"));

        assertEquals(runtime, browser.script("return window.playground.runtime"));
        assertEquals("1", browser.script("return window.playground.exports.version()"));

        // Compare the raw IEEE bits, so that not even the last bit may differ.
        String browserBits = (String) browser.script(
                "const view = new DataView(new ArrayBuffer(8));"
                        + "view.setFloat64(0, window.playground.exports.demoTrain(3));"
                        + "return view.getBigUint64(0).toString(16);");
        String jvmBits = Long.toHexString(Double.doubleToRawLongBits(playground.client.Main.demoTrain(3)));
        assertEquals(jvmBits, browserBits);
    }

    @Test
    void automaticChoiceInChromiumIsWebAssembly() {
        browser.openAndWaitUntilReady(server.baseUrl() + "/");
        assertEquals("wasm", browser.script("return window.playground.runtime"));
    }
}
