package playground.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import playground.server.testing.Browser;
import playground.server.testing.TestServer;

/** Browsers without WebAssembly GC, simulated in Chromium, get the JavaScript bundle. */
class LoaderFallbackTest {
    private static TestServer server;
    private Browser browser;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(); // fresh: the injected scripts below must not leak into other tests
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void browserWithoutWasmGcGetsJavaScript() {
        browser.runBeforeEveryPage("WebAssembly.validate = () => false;");
        browser.openAndWaitUntilReady(server.baseUrl() + "/");
        assertEquals("js", browser.script("return window.playground.runtime"));
    }

    @Test
    void failingWasmBundleFallsBackToJavaScript() {
        // The feature probe passes but the bundle cannot start (say, a missing newer feature).
        browser.runBeforeEveryPage(
                "globalThis.TeaVM = {wasmGC: {load: () => Promise.reject(new Error('no'))}};");
        browser.openAndWaitUntilReady(server.baseUrl() + "/");
        assertEquals("js", browser.script("return window.playground.runtime"));
    }

    @Test
    void forcedWasmThatFailsReportsTheError() {
        browser.runBeforeEveryPage(
                "globalThis.TeaVM = {wasmGC: {load: () => Promise.reject(new Error('no wasm here'))}};");
        IllegalStateException error = assertThrows(
                IllegalStateException.class,
                () -> browser.openAndWaitUntilReady(server.baseUrl() + "/?runtime=wasm"));
        assertEquals("page failed to load: no wasm here", error.getMessage());
    }
}
