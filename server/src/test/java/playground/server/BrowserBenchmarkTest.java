package playground.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import playground.config.Json;
import playground.server.testing.Browser;
import playground.server.testing.TestServer;

/**
 * The browser benchmark (web/bench.html) in headless Chromium, for both bundles; prints a Markdown
 * table and writes it to {@code server/target/bench-browser.md}.
 *
 * <p>Not part of the normal test run (tag {@code benchmark}, excluded by default): run it with
 * {@code bash scripts/bench-browser.sh}.
 */
@Tag("benchmark")
class BrowserBenchmarkTest {
    private static final long TIMEOUT_MS = 10 * 60 * 1000;

    @Test
    void measureBothBundles() throws Exception {
        Map<String, List<?>> byRuntime = new LinkedHashMap<>();
        try (TestServer server = TestServer.start(); Browser browser = Browser.start()) {
            for (String runtime : List.of("js", "wasm")) {
                browser.openAndWaitUntilReady(server.baseUrl() + "/bench.html?runtime=" + runtime);
                waitUntilDone(browser);
                browser.screenshot(Path.of("target", "screenshots", "bench-" + runtime + ".png"));
                @SuppressWarnings("unchecked")
                Map<String, Object> results = (Map<String, Object>) Json.parse(
                        (String) browser.script("return JSON.stringify(window.benchResults)"));
                assertEquals(runtime, results.get("runtime"));
                byRuntime.put(runtime, (List<?>) results.get("networks"));
            }
            String agent = (String) browser.script("return navigator.userAgent");
            String table = table(byRuntime, agent);
            System.out.println(table);
            Files.writeString(Path.of("target", "bench-browser.md"), table);
        }
    }

    private static void waitUntilDone(Browser browser) throws InterruptedException {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            Object error = browser.script("return document.documentElement.dataset.benchError ?? null");
            if (error != null) throw new IllegalStateException("benchmark failed: " + error);
            if ("true".equals(browser.script("return document.documentElement.dataset.benchDone ?? null"))) return;
            Thread.sleep(250);
        }
        throw new IllegalStateException("benchmark did not finish within " + TIMEOUT_MS / 1000 + " s");
    }

    /** One row per network and bundle, then the WebAssembly-to-JavaScript speed ratios. */
    static String table(Map<String, List<?>> byRuntime, String agent) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("Browser: ").append(agent).append("\n\n");
        sb.append("| Network | Bundle | Epochs/s | Epoch ms | Grid ms | Frame ms | Frames/s |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|\n");
        List<?> js = byRuntime.get("js");
        List<?> wasm = byRuntime.get("wasm");
        for (int i = 0; i < js.size(); i++) {
            for (String runtime : byRuntime.keySet()) {
                Map<?, ?> r = (Map<?, ?>) byRuntime.get(runtime).get(i);
                double epoch = number(r, "epochMs"), grid = number(r, "gridMs"), frame = number(r, "frameMs");
                sb.append("| ").append(r.get("name")).append(" | ").append(runtime.equals("js") ? "JS" : "WASM")
                        .append(" | ").append(fixed(1000 / epoch, 0)).append(" | ").append(fixed(epoch, 3))
                        .append(" | ").append(fixed(grid, 2)).append(" | ").append(fixed(frame, 2))
                        .append(" | ").append(fixed(1000 / frame, 0)).append(" |\n");
            }
        }
        sb.append("\n| Network | WASM/JS epochs | WASM/JS grid | WASM/JS frame |\n|---|---:|---:|---:|\n");
        for (int i = 0; i < js.size(); i++) {
            Map<?, ?> j = (Map<?, ?>) js.get(i);
            Map<?, ?> w = (Map<?, ?>) wasm.get(i);
            sb.append("| ").append(j.get("name"))
                    .append(" | ").append(fixed(number(j, "epochMs") / number(w, "epochMs"), 2)).append("×")
                    .append(" | ").append(fixed(number(j, "gridMs") / number(w, "gridMs"), 2)).append("×")
                    .append(" | ").append(fixed(number(j, "frameMs") / number(w, "frameMs"), 2)).append("×")
                    .append(" |\n");
            assertTrue(number(w, "frameMs") > 0 && number(j, "frameMs") > 0);
        }
        return sb.toString();
    }

    private static double number(Map<?, ?> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    private static String fixed(double v, int decimals) {
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
    }
}
