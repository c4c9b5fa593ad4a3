package playground.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 requests from a chosen loopback address (127.0.0.2, 127.0.0.3, …), so that one test can
 * be several clients as the server tells them apart: by TCP peer address. (Java's HttpClient cannot
 * choose its local address.)
 */
public final class FromAddress {
    private final InetAddress local;
    private final int port;

    /** @param local a loopback address: 127.0.0.1 to 127.255.255.254 all reach this machine */
    public FromAddress(String local, int port) {
        try {
            this.local = InetAddress.getByName(local);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.port = port;
    }

    /** A status and a body. */
    public record Answer(int status, String body) {}

    public Answer get(String path) {
        return send("GET", path, null);
    }

    public Answer post(String path, String json) {
        return send("POST", path, json);
    }

    /** With extra headers, as name and value pairs: {@code post(path, json, "Authorization", "Bearer …")}. */
    public Answer post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    private Answer send(String method, String path, String json, String... headers) {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n"
                    + (json == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n")
                    + extra(headers) + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String response = readAll(socket.getInputStream());
            int status = Integer.parseInt(response.substring(9, 12));
            int split = response.indexOf("\r\n\r\n");
            return new Answer(status, split < 0 ? "" : response.substring(split + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " from " + local, e);
        }
    }

    private static String extra(String... headers) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i + 1 < headers.length; i += 2) lines.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        return lines.toString();
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }
}
