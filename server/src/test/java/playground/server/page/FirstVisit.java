package playground.server.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.server.testing.Browser;

/**
 * One first visit of the playground page with an empty cache, in a fresh headless Chromium: how
 * long from navigation to the first output picture, and what the page and its worker fetched.
 *
 * <p>The first output picture is the first {@code putImageData} on {@code #output-canvas} (the
 * page's only way of painting it), marked {@code first-picture} by a script that runs before
 * the page's own; its time is the mark's {@code startTime}, milliseconds after navigation
 * started. Bytes are what went over the wire (the DevTools protocol's {@code encodedDataLength}:
 * compressed bodies and headers), dedicated workers' requests included.
 */
record FirstVisit(double firstPictureMillis, Map<String, Long> bytesByPath, Map<String, Integer> fetchesByPath) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK_FIRST_PICTURE = "(() => {"
            + "const put = CanvasRenderingContext2D.prototype.putImageData;"
            + "CanvasRenderingContext2D.prototype.putImageData = function (...args) {"
            + "  if (this.canvas.id === 'output-canvas' && !performance.getEntriesByName('first-picture').length)"
            + "    performance.mark('first-picture');"
            + "  return put.apply(this, args); }; })();";

    /** Visits {@code url} in a new browser, closed afterwards. */
    static FirstVisit of(String url) {
        try (Browser browser = Browser.startRecordingNetwork()) {
            browser.devTools("Network.enable", Map.of());
            browser.devTools("Network.clearBrowserCache", Map.of());
            browser.runBeforeEveryPage(MARK_FIRST_PICTURE);
            browser.networkEvents(); // the blank start page's, if any
            browser.open(url);
            browser.waitUntil("performance.getEntriesByName('first-picture').length", Duration.ofSeconds(60),
                    "the output picture is painted");
            double millis = ((Number) browser.script(
                    "return performance.getEntriesByName('first-picture')[0].startTime")).doubleValue();
            return fromEvents(millis, browser.networkEvents());
        }
    }

    private static FirstVisit fromEvents(double millis, List<String> events) {
        Map<String, String> pathById = new HashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        Map<String, Integer> fetches = new LinkedHashMap<>();
        for (String event : events) {
            JsonNode message = read(event).path("message");
            JsonNode params = message.path("params");
            String id = params.path("requestId").asText();
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> {
                    String path = URI.create(params.path("request").path("url").asText()).getPath();
                    pathById.put(id, path);
                    fetches.merge(path, 1, Integer::sum);
                }
                case "Network.loadingFinished" -> {
                    String path = pathById.get(id);
                    if (path != null) bytes.merge(path, params.path("encodedDataLength").asLong(), Long::sum);
                }
                default -> { }
            }
        }
        return new FirstVisit(millis, bytes, fetches);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("not a DevTools event: " + json, e);
        }
    }

    long totalBytes() {
        return bytesByPath.values().stream().mapToLong(Long::longValue).sum();
    }
}
