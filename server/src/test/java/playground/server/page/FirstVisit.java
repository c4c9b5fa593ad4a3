package playground.server.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import playground.server.testing.Browser;

/**
 * One first visit of the playground page with an empty cache, in a fresh headless Chromium: how
 * long from navigation to the first output picture, and what the page and its worker fetched.
 *
 * <p>The first output picture is the first {@code putImageData} on {@code #output-canvas} (the
 * page's only way of painting it), marked {@code first-picture} by a script that runs before
 * the page's own; its time is the mark's {@code startTime}, milliseconds after navigation
 * started. What was fetched comes from Chromium's network log, which sees the workers' requests
 * too; the bytes of each address are its body as the server sends it gzip-compressed (headers
 * left out), each address counted once (a repeat comes from the cache or is a 304). A request
 * went over the network when Chromium sent it (its log holds {@code HTTP_TRANSACTION_SEND_REQUEST});
 * the others were served by the HTTP cache.
 */
record FirstVisit(double firstPictureMillis, Map<String, Long> bytesByPath, Map<String, Integer> fetchesByPath,
        Map<String, Integer> networkFetchesByPath) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MARK_FIRST_PICTURE = "(() => {"
            + "const put = CanvasRenderingContext2D.prototype.putImageData;"
            + "CanvasRenderingContext2D.prototype.putImageData = function (...args) {"
            + "  if (this.canvas.id === 'output-canvas' && !performance.getEntriesByName('first-picture').length)"
            + "    performance.mark('first-picture');"
            + "  return put.apply(this, args); }; })();";

    /** Visits {@code url} (of a server at {@code http://localhost:port}) in a new browser, closed afterwards. */
    static FirstVisit of(String url) {
        return of(url, "");
    }

    /** The same, with {@code beforePage} run before the page's own scripts (say, to make its WebAssembly fail). */
    static FirstVisit of(String url, String beforePage) {
        return of(url, beforePage, "performance.getEntriesByName('first-picture').length", "the output picture is painted");
    }

    /** Visits a lesson page until its widgets are built; its time is then NaN (a lesson has no output picture). */
    static FirstVisit ofLessonPage(String url) {
        return of(url, "", "document.documentElement.dataset.lessons === 'ready'", "the lesson widgets are built");
    }

    private static FirstVisit of(String url, String beforePage, String doneWhen, String done) {
        try {
            Path netLog = Files.createTempFile("netlog-", ".json");
            try {
                double millis;
                try (Browser browser = Browser.startWritingNetLog(netLog)) {
                    browser.devTools("Network.clearBrowserCache", Map.of());
                    browser.runBeforeEveryPage(MARK_FIRST_PICTURE + beforePage);
                    browser.open(url);
                    browser.waitUntil(doneWhen, Duration.ofSeconds(60), done);
                    Object mark = browser.script(
                            "return performance.getEntriesByName('first-picture')[0]?.startTime ?? null");
                    millis = mark == null ? Double.NaN : ((Number) mark).doubleValue();
                }
                return fromNetLog(millis, URI.create(url), Files.readString(netLog));
            } finally {
                Files.deleteIfExists(netLog);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static FirstVisit fromNetLog(double millis, URI page, String netLog) throws IOException, InterruptedException {
        JsonNode log = JSON.readTree(netLog);
        JsonNode types = log.path("constants").path("logEventTypes");
        int startJob = types.path("URL_REQUEST_START_JOB").asInt(-1);
        int sendRequest = types.path("HTTP_TRANSACTION_SEND_REQUEST").asInt(-1);
        String origin = page.getScheme() + "://" + page.getAuthority() + "/";
        Map<Long, String> pathBySource = new LinkedHashMap<>();
        Set<Long> sent = new HashSet<>();
        Map<String, Integer> fetches = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (JsonNode event : log.path("events")) {
            int type = event.path("type").asInt();
            long source = event.path("source").path("id").asLong(-1);
            if (type == sendRequest) sent.add(source);
            String address = event.path("params").path("url").asText("");
            if (type != startJob || !address.startsWith(origin)) continue;
            String path = URI.create(address).getPath();
            pathBySource.put(source, path);
            fetches.merge(path, 1, Integer::sum);
            if (!bytes.containsKey(path)) bytes.put(path, gzipBytes(address));
        }
        Map<String, Integer> network = new LinkedHashMap<>();
        pathBySource.forEach((source, path) -> network.merge(path, sent.contains(source) ? 1 : 0, Integer::sum));
        return new FirstVisit(millis, bytes, fetches, network);
    }

    private static long gzipBytes(String address) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(address)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    /** How many requests asked for a path ending in {@code suffix}. */
    int fetches(String suffix) {
        return fetchesByPath.entrySet().stream().filter(e -> e.getKey().endsWith(suffix))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** How many of those requests went over the network (the others were served by the HTTP cache). */
    int networkFetches(String suffix) {
        return networkFetchesByPath.entrySet().stream().filter(e -> e.getKey().endsWith(suffix))
                .mapToInt(Map.Entry::getValue).sum();
    }

    long totalBytes() {
        return bytesByPath.values().stream().mapToLong(Long::longValue).sum();
    }
}
