package playground.server.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import playground.server.testing.Http;

/** A client of a Server-Sent Events stream, as a browser's EventSource reads it: event name and data. */
final class EventStream {
    /** One event: its name, its data as JSON, and when it came (System.nanoTime). */
    record Event(String name, JsonNode data, long arrivedNanos) {}

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private EventStream() {}

    /**
     * Reads {@code url} until the server ends the stream (or {@code timeout} passes) and returns every
     * event; fails when the answer is not an event stream.
     */
    static List<Event> readAll(String url, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "text/event-stream").GET().build();
        List<Event> events = new ArrayList<>();
        try {
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200
                    || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                throw new AssertionError("not an event stream: " + response.statusCode() + " "
                        + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = "message";
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) events.add(new Event(name, Http.JSON.readTree(data.toString()), System.nanoTime()));
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        if (data.length() > 0) data.append('\n');
                        data.append(line.substring(5).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stream " + url + " broke after " + events.size() + " events", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events;
    }
}
