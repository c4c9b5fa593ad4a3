package playground.server.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An event stream requested over a plain socket from a chosen loopback address (127.0.0.x), so
 * one test can act as many clients; it reads only the status line and headers, and then whatever
 * the test wants — or nothing at all, like a stalled client.
 */
final class RawStream implements AutoCloseable {
    final Socket socket;
    final int status;

    private RawStream(Socket socket, int status) {
        this.socket = socket;
        this.status = status;
    }

    /**
     * Connects from {@code from}, asks for {@code path} as an event stream and reads the answer's
     * head. With {@code receiveBuffer} &gt; 0 the socket buffers that little, so a client that stops
     * reading stalls the server's writes soon.
     */
    static RawStream open(String from, int port, String path, int receiveBuffer) {
        Socket socket = new Socket();
        try {
            if (receiveBuffer > 0) socket.setReceiveBufferSize(receiveBuffer);
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String head = readHead(socket.getInputStream());
            int status = Integer.parseInt(head.substring(9, 12));
            return new RawStream(socket, status);
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            throw new UncheckedIOException("cannot open " + path + " from " + from, e);
        }
    }

    /** Up to the blank line that ends the headers. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) throw new IOException("connection closed in the answer's head: " + head);
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** Reads until an event of this name has come (true), or the stream ends or goes quiet for the socket's timeout. */
    boolean awaitEvent(String name) {
        String wanted = "event: " + name + "\n";
        StringBuilder tail = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(buffer)) > 0) {
                tail.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                if (tail.indexOf(wanted) >= 0) return true;
                if (tail.length() > wanted.length()) tail.delete(0, tail.length() - wanted.length());
            }
        } catch (IOException e) {
            // Ended or quiet: not come.
        }
        return false;
    }

    /** Reads on until the server ends the stream or cuts it; returns how many bytes came. */
    long drain() {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(buffer)) > 0) total += n;
        } catch (IOException e) {
            // Cut: that is an end too.
        }
        return total;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing to do.
        }
    }
}
