package playground.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import playground.server.testing.Browser;
import playground.server.testing.TestServer;

/**
 * The browser benchmark (web/bench.html) in headless Chromium, for both bundles; prints Markdown
 * tables and writes them to {@code server/target/bench-browser.md}.
 *
 * <p>The page's own measurements are driven from here ({@code bench.html?driven}) so that every
 * timed run is measured twice: in wall-clock time ({@code performance.now()}, what a reader
 * sees) and in CPU time of the page's thread (the DevTools protocol's {@code TaskDuration} in
 * thread ticks), which does not count the time other processes took the processor away. On a quiet
 * machine the two agree; on a busy one the CPU time still says what the code costs.
 *
 * <p>Not part of the normal test run (tag {@code benchmark}, excluded by default): run it with
 * {@code bash scripts/bench-browser.sh}.
 */
@Tag("benchmark")
class BrowserBenchmarkTest {
    private static final int SAMPLES = 11;
    private static final List<String> KINDS = List.of("epoch", "grid", "frame");
    private static final List<String> RUNTIMES = List.of("js", "wasm");

    /** Milliseconds per repetition, by runtime, network and kind: CPU and wall medians and the fastest wall run. */
    record Timing(double cpu, double wall, double bestWall) {}

    @Test
    void measureBothBundles() throws Exception {
        Map<String, List<Map<String, Timing>>> results = new LinkedHashMap<>();
        List<String> networks;
        String agent;
        try (TestServer server = TestServer.start(); Browser browser = Browser.start()) {
            networks = null;
            for (String runtime : RUNTIMES) {
                browser.openAndWaitUntilReady(server.baseUrl() + "/bench.html?driven&runtime=" + runtime);
                waitForBenchReady(browser);
                assertEquals(runtime, browser.script("return window.playground.runtime"));
                browser.devTools("Performance.enable", Map.of("timeDomain", "threadTicks"));
                @SuppressWarnings("unchecked")
                List<String> names = (List<String>) browser.script("return window.bench.networks");
                networks = names;
                List<Map<String, Timing>> perNetwork = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    Map<String, Timing> byKind = new LinkedHashMap<>();
                    for (String kind : KINDS) byKind.put(kind, measure(browser, i, kind));
                    perNetwork.add(byKind);
                }
                results.put(runtime, perNetwork);
                browser.devTools("Performance.disable", Map.of());
            }
            agent = (String) browser.script("return navigator.userAgent");
        }
        String table = table(networks, results, agent);
        System.out.println(table);
        Files.writeString(Path.of("target", "bench-browser.md"), table);
    }

    private static Timing measure(Browser browser, int network, String kind) {
        long n = (Long) browser.script("return window.bench.calibrate(arguments[0], arguments[1])", network, kind);
        browser.script("window.bench.warmUp(arguments[0], arguments[1], arguments[2])", network, kind, n);
        double[] cpu = new double[SAMPLES];
        double[] wall = new double[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            browser.script("window.bench.reset(arguments[0])", network);
            double before = taskSeconds(browser);
            double ms = ((Number) browser.script("return window.bench.work(arguments[0], arguments[1])", kind, n)).doubleValue();
            double after = taskSeconds(browser);
            cpu[s] = (after - before) * 1000 / n;
            wall[s] = ms / n;
        }
        return new Timing(median(cpu), median(wall), Arrays.stream(wall).min().orElseThrow());
    }

    /** The page thread's time spent in tasks so far, in seconds of CPU (thread ticks). */
    private static double taskSeconds(Browser browser) {
        Map<String, Object> result = browser.devTools("Performance.getMetrics", Map.of());
        for (Object o : (List<?>) result.get("metrics")) {
            Map<?, ?> metric = (Map<?, ?>) o;
            if ("TaskDuration".equals(metric.get("name"))) return ((Number) metric.get("value")).doubleValue();
        }
        throw new IllegalStateException("no TaskDuration among the page's metrics: " + result);
    }

    private static void waitForBenchReady(Browser browser) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            Object error = browser.script("return document.documentElement.dataset.benchError ?? null");
            if (error != null) throw new IllegalStateException("benchmark page failed: " + error);
            if ("true".equals(browser.script("return document.documentElement.dataset.benchReady ?? null"))) return;
            Thread.sleep(50);
        }
        throw new IllegalStateException("benchmark page not ready");
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String table(List<String> networks, Map<String, List<Map<String, Timing>>> results, String agent) {
        StringBuilder sb = new StringBuilder();
        sb.append("Browser: ").append(agent).append("\n\n");
        sb.append("CPU time of the page's thread, median of ").append(SAMPLES).append(" runs:\n\n");
        sb.append("| Network | Bundle | Epochs/s | Epoch ms | Grid ms | Frame ms | Frames/s |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < networks.size(); i++) {
            for (String runtime : RUNTIMES) {
                Map<String, Timing> t = results.get(runtime).get(i);
                double epoch = t.get("epoch").cpu(), grid = t.get("grid").cpu(), frame = t.get("frame").cpu();
                sb.append("| ").append(networks.get(i)).append(" | ").append(label(runtime))
                        .append(" | ").append(fixed(1000 / epoch, 0)).append(" | ").append(fixed(epoch, 3))
                        .append(" | ").append(fixed(grid, 2)).append(" | ").append(fixed(frame, 2))
                        .append(" | ").append(fixed(1000 / frame, 0)).append(" |\n");
                assertTrue(epoch > 0 && grid > 0 && frame > 0, "CPU time was measured");
            }
        }
        sb.append("\nWall-clock time, median (fastest) of the same runs:\n\n");
        sb.append("| Network | Bundle | Epoch ms | Grid ms | Frame ms |\n|---|---|---:|---:|---:|\n");
        for (int i = 0; i < networks.size(); i++) {
            for (String runtime : RUNTIMES) {
                Map<String, Timing> t = results.get(runtime).get(i);
                sb.append("| ").append(networks.get(i)).append(" | ").append(label(runtime));
                for (String kind : KINDS) {
                    sb.append(" | ").append(fixed(t.get(kind).wall(), kind.equals("epoch") ? 3 : 2))
                            .append(" (").append(fixed(t.get(kind).bestWall(), kind.equals("epoch") ? 3 : 2)).append(")");
                }
                sb.append(" |\n");
            }
        }
        sb.append("\nWebAssembly against JavaScript, CPU medians (above 1: WebAssembly is faster):\n\n");
        sb.append("| Network | Epoch | Grid | Frame |\n|---|---:|---:|---:|\n");
        for (int i = 0; i < networks.size(); i++) {
            sb.append("| ").append(networks.get(i));
            for (String kind : KINDS) {
                double js = results.get("js").get(i).get(kind).cpu();
                double wasm = results.get("wasm").get(i).get(kind).cpu();
                sb.append(" | ").append(fixed(js / wasm, 2)).append("×");
            }
            sb.append(" |\n");
        }
        return sb.toString();
    }

    private static String label(String runtime) {
        return runtime.equals("js") ? "JS" : "WASM";
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
