package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import playground.server.testing.Http;
import playground.server.testing.TestServer;

/** Request bodies that are too large, too slow or broken off, sent over plain sockets to the real server. */
class RequestBodiesTest {
    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutWaitingForTheBody() throws Exception {
        try (TestServer server = TestServer.start()) {
            for (String path : List.of("/api/experiments", "/api/runs")) {
                try (Socket socket = connect("127.0.0.1", server.server().port())) {
                    // Headers only: the client waits for an answer before it sends 100 MB.
                    send(socket, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100000000\r\n\r\n");
                    String answer = readAnswer(socket);
                    assertTrue(answer.startsWith("HTTP/1.1 413"), path + ": " + answer);
                    assertTrue(answer.contains("body: must be at most"), answer);
                }
            }
        }
    }

    @Test
    void aClientThatHangsUpMidBodyIsA400NotAFailureOfOurs() throws Exception {
        try (TestServer server = TestServer.start()) {
            try (Socket socket = connect("127.0.0.1", server.server().port())) {
                send(socket, "POST /api/experiments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"config\":");
                socket.shutdownOutput(); // the rest never comes
                String answer = readAnswer(socket);
                assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 400"), answer);
            }
            Http.Answer metrics = new Http(server.baseUrl()).get("/metrics");
            for (int i = 0; i < 50 && !metrics.body().contains("status=\"400\""); i++) {
                Thread.sleep(100); // the request is counted once it is over
                metrics = new Http(server.baseUrl()).get("/metrics");
            }
            assertTrue(metrics.body().contains("status=\"400\""), metrics.body());
            assertTrue(!metrics.body().contains("status=\"500\""), "no request ended as a 500: " + metrics.body());
        }
    }

    @Test
    void bodiesTrickledFromManyAddressesNeitherPassNorHoldUpHealth() throws Exception {
        try (TestServer server = TestServer.start()) {
            int port = server.server().port();
            Http http = new Http(server.baseUrl());
            assertEquals(200, http.get("/health").status());
            // 15 addresses, 12 uploads each, one byte every half second: far below the minimum rate.
            List<Socket> uploads = new ArrayList<>();
            Map<Socket, String> from = new HashMap<>();
            for (int a = 0; a < 15; a++) {
                for (int i = 0; i < 12; i++) {
                    String address = "127.0.0." + (2 + a);
                    Socket socket = connect(address, port);
                    send(socket, "POST /api/experiments HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 2000\r\n\r\n{");
                    uploads.add(socket);
                    from.put(socket, address);
                }
            }
            ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
            trickle.scheduleAtFixedRate(() -> {
                for (Socket socket : uploads) {
                    try {
                        socket.getOutputStream().write(' ');
                    } catch (IOException e) {
                        // Cut by the server: fine.
                    }
                }
            }, 500, 500, TimeUnit.MILLISECONDS);
            try {
                List<Long> millis = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    long start = System.nanoTime();
                    assertEquals(200, http.get("/health").status());
                    millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    Thread.sleep(100);
                }
                millis.sort(null);
                assertTrue(millis.get(millis.size() - 2) <= 100, "/health answered within 100 ms: " + millis);

                Map<String, Integer> statuses = new HashMap<>();
                for (Socket socket : uploads) {
                    socket.setSoTimeout(30_000);
                    String answer = readAnswer(socket);
                    String status = answer.length() >= 12 ? answer.substring(9, 12) : "cut";
                    statuses.merge(status, 1, Integer::sum);
                }
                // Each address sends 8 at once, and all together 100; the others are refused at once.
                int received = Math.min(UploadLimit.TOTAL, 15 * UploadLimit.PER_ADDRESS);
                assertEquals(15 * 12 - received, statuses.getOrDefault("429", 0), statuses.toString());
                assertEquals(received, statuses.getOrDefault("408", 0) + statuses.getOrDefault("cut", 0),
                        "bodies below the minimum rate are cut: " + statuses);
                assertEquals(null, statuses.get("201"), "no trickled body was taken: " + statuses);
                assertEquals(null, statuses.get("500"), statuses.toString());
            } finally {
                trickle.shutdownNow();
                for (Socket socket : uploads) socket.close();
            }
            assertEquals(200, http.get("/health").status());
        }
    }

    private static Socket connect(String from, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(5_000); // "at once": well before any idle timeout (30 s)
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The answer's head and as much of its body as comes before the server closes or goes quiet; "" when cut. */
    private static String readAnswer(Socket socket) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
                String text = answer.toString(StandardCharsets.UTF_8);
                int head = text.indexOf("\r\n\r\n");
                if (head >= 0 && text.indexOf('}', head) >= 0) break; // a whole JSON error
            }
        } catch (IOException e) {
            // Reset or timed out: what came is the answer.
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
