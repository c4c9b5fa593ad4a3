package playground.server.classes;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import playground.server.testing.Http;

/**
 * A Server-Sent Events stream read as an EventSource reads it (id, event name, data), on a thread
 * of its own, so a test can wait for the next event with a deadline while it does other requests.
 */
final class LiveEvents implements AutoCloseable {
    /** One event: its id (null when none), name and data as JSON. */
    record Event(String id, String name, JsonNode data) {}

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final int status;
    final String contentType;
    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private LiveEvents(int status, String contentType, InputStream body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    /** Opens {@code url} with {@code Accept: text/event-stream} and these extra headers (name, value, …). */
    static LiveEvents open(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (headers.length > 0) request.headers(headers);
        try {
            HttpResponse<InputStream> response = CLIENT.send(request.GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            LiveEvents live = new LiveEvents(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
            if (live.status == 200) {
                Thread reader = new Thread(live::read, "test-event-reader");
                reader.setDaemon(true);
                reader.start();
            }
            return live;
        } catch (IOException e) {
            throw new IllegalStateException("cannot open " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next event, waiting at most {@code timeout}; fails the test when none comes. */
    Event next(Duration timeout) throws InterruptedException {
        Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(event, "no event within " + timeout);
        return event;
    }

    /** The next event if one comes within {@code timeout}, else null. */
    Event poll(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = "message";
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) events.add(new Event(id, name, Http.JSON.readTree(data.toString())));
                    id = null;
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) data.append('\n');
                    data.append(line.substring(5).strip());
                }
            }
        } catch (IOException e) {
            // closed by the test or the server: the stream is over
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
