package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import playground.server.testing.Browser;
import playground.server.testing.Http;
import playground.server.testing.TestServer;

/**
 * What a first visit of the playground fetches: the page and its worker run the same bundle,
 * fetched once over the network (the second request is served by the HTTP cache), and nothing
 * goes over the network twice; the bundles come gzip-compressed as WebAssembly or JavaScript,
 * under a name of their content cached for a year; the page is revalidated on every visit. (How
 * fast: FirstPictureBenchmark.)
 */
class FirstVisitTest {
    /**
     * The goal for a first visit with the WebAssembly bundle (gzip, as sent): under 200 KB. One
     * bundle serves the page and its worker; the server runs, the dialogs, the figure and the
     * exports load on demand (BENCHMARKS.md, "First visit").
     */
    private static final long MAX_FIRST_VISIT_BYTES = 200_000;
    /** A lesson page with the WebAssembly bundle (about 170 KB). */
    private static final long MAX_LESSON_VISIT_BYTES = 200_000;

    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void thePageAndItsWorkerShareOneBundleFetchedOnce(String runtime) {
        FirstVisit visit = FirstVisit.of(server.baseUrl() + "/?runtime=" + runtime);
        System.out.println("First visit (" + runtime + "): " + visit.totalBytes() + " bytes gzip, first picture at "
                + visit.firstPictureMillis() + " ms; bytes " + visit.bytesByPath() + "; requests "
                + visit.fetchesByPath() + "; over the network " + visit.networkFetchesByPath());
        String extension = runtime.equals("wasm") ? ".wasm" : ".js";
        assertEquals(2, visit.fetches("/playground" + extension), "the page's bundle, asked by the page and the worker: "
                + visit);
        assertEquals(1, visit.networkFetches("/playground" + extension), "the page's bundle, over the network once: "
                + visit);
        assertEquals(0, visit.fetches("/lessons" + extension) + visit.fetches("/probes" + extension)
                + visit.fetches("/exports" + extension) + visit.fetches("/serverruns" + extension)
                + visit.fetches("/share" + extension),
                "none of the bundles loaded on demand (lessons, probes, exports, server runs, share tools): " + visit);
        visit.networkFetchesByPath().forEach((path, count) ->
                assertTrue(count <= 1, path + " went over the network " + count + " times: " + visit));
        assertEquals(List.of(), visit.fetchesByPath().keySet().stream()
                .filter(path -> path.startsWith("/css/") && !path.equals("/css/print.css")).toList(),
                "the page's styles come within it (InlineStyles), all but print's: " + visit);
        assertEquals(1, visit.fetches("/i18n/en.json"), "the page's language, once: " + visit);
        assertEquals(0, visit.fetches("/i18n/zh.json"), "not the other language (fetched when chosen): " + visit);
        if (runtime.equals("wasm")) {
            assertTrue(visit.totalBytes() < MAX_FIRST_VISIT_BYTES, "a first visit transfers " + visit.totalBytes()
                    + " bytes: " + visit.bytesByPath());
        }
    }

    /**
     * When the page's WebAssembly cannot start, the page falls back to JavaScript and starts a
     * worker of its own for it: that worker, too, asks for the page's file at the page's address,
     * so it comes from the cache.
     */
    @Test
    void theJavaScriptFallbacksWorkerAlsoTakesThePagesBundleFromTheCache() {
        FirstVisit visit = FirstVisit.of(server.baseUrl() + "/",
                "globalThis.TeaVM = {wasmGC: {load: () => Promise.reject(new Error('no'))}};");
        assertEquals(2, visit.fetches("/playground.js"), "the JavaScript bundle, for the page and its worker: " + visit);
        assertEquals(1, visit.networkFetches("/playground.js"), "the JavaScript bundle, over the network once: " + visit);
    }

    /**
     * The page's head asks for its bundle, so the bundle downloads beside the page's other files
     * rather than after the page's script has arrived and run; the page then takes that download
     * (it goes over the network once: {@link #thePageAndItsWorkerShareOneBundleFetchedOnce}). On
     * the playground, a saved experiment's page, a lesson and a lesson's widget alike.
     */
    @ParameterizedTest
    @CsvSource({"/?runtime=wasm, /playground.wasm, /js/page.js", "/?runtime=js, /playground.js, /js/page.js",
            "/e/{id}, /playground.wasm, /js/page.js", "/e/{id}?runtime=js, /playground.js, /js/page.js",
            "/lessons/neuron.html, /lessons.wasm, /lessons/lessons.js",
            "/embed/lesson/neuron, /lessons.wasm, /lessons/lessons.js"})
    void thePagesHeadAsksForItsBundle(String address, String bundle, String pageScript) {
        String id = new Http(server.baseUrl())
                .post("/api/experiments", "{\"config\":{\"dataset\":\"xor\"}}").json().path("id").asText();
        try (Browser browser = Browser.start()) {
            browser.devTools("Network.clearBrowserCache", Map.of());
            browser.openAndWaitUntilReady(server.baseUrl() + address.replace("{id}", id));
            Map<?, ?> times = (Map<?, ?>) browser.script("const entry = end => performance.getEntriesByType('resource')"
                    + ".find(e => new URL(e.name).pathname.endsWith(end));"
                    + "return {bundle: entry(arguments[0]).startTime, pageScript: entry(arguments[1]).responseEnd};",
                    bundle, pageScript);
            double asked = ((Number) times.get("bundle")).doubleValue();
            double scriptArrived = ((Number) times.get("pageScript")).doubleValue();
            assertTrue(asked < scriptArrived, bundle + " asked for at " + asked + " ms, the page's script arrived at "
                    + scriptArrived + " ms");
        }
    }

    @Test
    void aLessonPageLoadsOnlyTheLessonsBundle() {
        FirstVisit visit = FirstVisit.ofLessonPage(server.baseUrl() + "/lessons/neuron.html?runtime=wasm");
        assertEquals(1, visit.fetches("/lessons.wasm"), "the lessons' bundle, once: " + visit);
        assertEquals(0, visit.fetches("/playground.wasm") + visit.fetches("/probes.wasm"),
                "neither the page's nor the probes' bundle: " + visit);
        assertTrue(visit.totalBytes() < MAX_LESSON_VISIT_BYTES, "a first visit of a lesson page transfers "
                + visit.totalBytes() + " bytes: " + visit.bytesByPath());
    }

    @Test
    void bundlesComeCompressedAndThePageIsRevalidated() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (String[] file : new String[][] {{"/app/playground.wasm", "application/wasm"},
                {"/app/playground.js", "text/javascript"}, {"/app/exports.wasm", "application/wasm"},
                {"/app/exports.js", "text/javascript"}, {"/js/worker.js", "text/javascript"}}) {
            HttpResponse<byte[]> r = get(http, file[0]);
            assertEquals(200, r.statusCode(), file[0]);
            assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse("identity"), file[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(file[1]), file[0]);
        }
        HttpResponse<byte[]> page = get(http, "/");
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""), "the page");
    }

    @Test
    void bundlesNamedByTheirContentAreCachedForAYear() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String html = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher tag = Pattern.compile("<meta name=\"bundles\" content=\"([^\"]+)\">").matcher(html);
        assertTrue(tag.find(), "the page names the bundles' folder");
        String folder = URI.create(tag.group(1)).getPath();
        assertTrue(folder.matches("/app/[0-9a-f]{16}/"), folder);
        for (String file : new String[] {"playground.wasm", "exports.wasm", "playground.js", "exports.js"}) {
            HttpResponse<byte[]> r = get(http, folder + file);
            assertEquals(200, r.statusCode(), file);
            assertEquals("public, max-age=31536000, immutable", r.headers().firstValue("Cache-Control").orElse(""), file);
            assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse("identity"), file);
            byte[] plain = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
            assertEquals(plainLength(http, file), plain.length, "the same file as /app/" + file);
        }
        assertEquals(404, get(http, "/app/0000000000000000/playground.wasm").statusCode(), "another release's folder");
        assertEquals(404, get(http, folder + "nothing.wasm").statusCode(), "a file that is no bundle");
    }

    private static int plainLength(HttpClient http, String file) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/app/" + file)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    private static HttpResponse<byte[]> get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
