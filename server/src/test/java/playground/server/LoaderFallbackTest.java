package playground.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import playground.server.testing.Browser;
import playground.server.testing.ServerAndBrowser;

/** Browsers without WebAssembly GC, simulated in Chromium, get the JavaScript bundle. */
class LoaderFallbackTest {
    /** A fresh browser for each test: the scripts injected below must not leak into other tests. */
    @RegisterExtension
    static final ServerAndBrowser SITE = ServerAndBrowser.withFreshBrowserPerTest();

    @Test
    void browserWithoutWasmGcGetsJavaScript() {
        Browser browser = SITE.browser();
        browser.runBeforeEveryPage("WebAssembly.validate = () => false;");
        browser.openAndWaitUntilReady(SITE.baseUrl() + "/");
        assertEquals("js", browser.script("return window.playground.runtime"));
    }

    @Test
    void failingWasmBundleFallsBackToJavaScript() {
        Browser browser = SITE.browser();
        // The feature probe passes but the bundle cannot start (say, a missing newer feature).
        browser.runBeforeEveryPage(
                "globalThis.TeaVM = {wasmGC: {load: () => Promise.reject(new Error('no'))}};");
        browser.openAndWaitUntilReady(SITE.baseUrl() + "/");
        assertEquals("js", browser.script("return window.playground.runtime"));
    }

    @Test
    void forcedWasmThatFailsReportsTheError() {
        Browser browser = SITE.browser();
        browser.runBeforeEveryPage(
                "globalThis.TeaVM = {wasmGC: {load: () => Promise.reject(new Error('no wasm here'))}};");
        IllegalStateException error = assertThrows(
                IllegalStateException.class,
                () -> browser.openAndWaitUntilReady(SITE.baseUrl() + "/?runtime=wasm"));
        assertEquals("page failed to load: no wasm here", error.getMessage());
    }
}
