package playground.server.http;

import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * One Server-Sent Events response, written without ever blocking the writer: after each event the
 * connection is either ready for the next one or has a write pending, which the client's reading
 * completes. A client that stops reading thus holds up nobody but itself, and its owner can see how
 * long it has been stuck ({@link #stalledNanos}) and {@link #abort} it.
 *
 * <p>Only one thread may send (the owner's); the container's threads only report progress.
 */
public final class EventConnection {
    private final Context ctx;
    private final Runnable onClosed;
    /** Completing it ends the request (Javalin then completes the asynchronous response). */
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile ServletOutputStream out;
    /** When the pending write began (System.nanoTime), or 0 when none is pending. */
    private volatile long pendingSince;

    private EventConnection(Context ctx, Runnable onClosed) {
        this.ctx = ctx;
        this.onClosed = onClosed;
    }

    /**
     * Answers the request with an event stream that stays open until {@link #close} or
     * {@link #abort}, or the client goes away; then {@code onClosed} runs, once.
     */
    public static EventConnection open(Context ctx, Runnable onClosed) {
        EventConnection connection = new EventConnection(ctx, onClosed);
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setCharacterEncoding("UTF-8");
        res.setContentType("text/event-stream");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no"); // proxies such as nginx must pass events on at once
        ctx.future(() -> {
            connection.start();
            return connection.finished;
        });
        return connection;
    }

    /** Runs once the request is asynchronous, as non-blocking output requires. */
    private void start() {
        try {
            ServletOutputStream stream = ctx.res().getOutputStream();
            stream.setWriteListener(new WriteListener() {
                @Override
                public void onWritePossible() {
                    pendingSince = 0;
                }

                @Override
                public void onError(Throwable t) {
                    finish();
                }
            });
            // Sends the headers, so the client knows the stream is on; only then may the owner send.
            write(stream, ": open\n\n");
            out = stream;
        } catch (IOException | RuntimeException e) {
            finish();
        }
    }

    /** Whether an event can be sent now: open, started, and no write pending. */
    public boolean isReady() {
        return !closed.get() && out != null && pendingSince == 0;
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** How long the client has left the pending write unread; 0 when nothing is pending. */
    public long stalledNanos() {
        long since = pendingSince;
        return since == 0 ? 0 : System.nanoTime() - since;
    }

    /** Sends an event when {@link #isReady}; returns whether it did. */
    public boolean send(String event, String data) {
        return send(null, event, data);
    }

    /**
     * Sends an event with an id (null: none) when {@link #isReady}; returns whether it did. A
     * reconnecting EventSource sends the last id it read as {@code Last-Event-ID}.
     */
    public boolean send(String id, String event, String data) {
        StringBuilder text = new StringBuilder();
        if (id != null) text.append("id: ").append(id).append('\n');
        text.append("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) text.append("data: ").append(line).append('\n');
        return write(text.append('\n').toString());
    }

    /** A comment line, which clients ignore and proxies take as life. */
    public boolean comment(String text) {
        return write(": " + text + "\n\n");
    }

    private boolean write(String text) {
        if (!isReady()) return false;
        try {
            return write(out, text);
        } catch (IOException | RuntimeException e) {
            finish();
            return false;
        }
    }

    /**
     * Writes unless a write is still pending. Pending until shown otherwise: once isReady() has
     * said no, the container calls onWritePossible when the write is done — perhaps before the
     * line after it here runs.
     */
    private boolean write(ServletOutputStream stream, String text) throws IOException {
        pendingSince = Math.max(1, System.nanoTime());
        if (!stream.isReady()) return false;
        stream.write(text.getBytes(StandardCharsets.UTF_8));
        if (stream.isReady()) {
            stream.flush(); // a small write may only have filled the buffer
            if (stream.isReady()) pendingSince = 0;
        }
        return true;
    }

    /** Ends the stream after what was sent. */
    public void close() {
        finish();
    }

    /** Cuts the connection, dropping what the client has not read. */
    public void abort() {
        try {
            ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection()
                    .getEndPoint().close();
        } catch (RuntimeException e) {
            // Already gone.
        }
        finish();
    }

    private void finish() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            onClosed.run();
        } finally {
            finished.complete(null);
        }
    }
}
