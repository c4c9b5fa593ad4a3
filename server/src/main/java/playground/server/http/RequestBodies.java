package playground.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Reading a request body with a size limit and a deadline, the same way for every API. A request
 * thread waits for a client only while it sends: too slowly (below {@link UploadLimit#MIN_BYTES_PER_SECOND},
 * or beyond {@link #DEADLINE} in all) and the request is refused with 408; a body that breaks off is
 * refused with 400, never taken for a failure of ours.
 */
public final class RequestBodies {
    /** How long a whole body may take. */
    public static final Duration DEADLINE = Duration.ofSeconds(20);
    /** How many times the limit an undeclared too-large body is read and dropped before the connection is cut. */
    private static final long DISCARD_FACTOR = 4;

    private RequestBodies() {}

    /**
     * Reads at most {@code max} bytes; a larger body is refused with 413 naming {@code body} —
     * at once, without waiting for it, when its declared length is more than {@value
     * #DISCARD_FACTOR} times the limit.
     *
     * @param declaredLength the Content-Length, or a negative number when not declared
     */
    public static byte[] read(InputStream in, long declaredLength, int max) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        if (declaredLength > max) {
            // A body a little too large is read and dropped first, so that its client sees our 413
            // rather than a reset; one declared far too large is refused before a byte is read.
            if (declaredLength <= DISCARD_FACTOR * max) discardQuietly(in, deadline, max);
            throw tooLarge(max);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(Math.max(declaredLength, 256), max));
        byte[] buffer = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                body.write(buffer, 0, n);
                if (body.size() > max) {
                    discard(in, deadline, max);
                    throw tooLarge(max);
                }
                if (System.nanoTime() > deadline) throw tooSlow();
            }
        } catch (IOException e) {
            throw isTimeout(e) ? tooSlow() : brokeOff();
        } catch (BadMessageException e) { // Jetty's verdict on a body slower than the minimum rate
            throw e.getCode() == 408 ? tooSlow() : brokeOff();
        }
        return body.toByteArray();
    }

    /**
     * Reads and drops what the client is still sending (up to a bound and the deadline), so that it
     * reads our 413: a server that closes the connection on an unread body makes the client see a
     * reset instead.
     */
    private static void discard(InputStream in, long deadline, int max) throws IOException {
        long left = DISCARD_FACTOR * max;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while (left > 0 && System.nanoTime() < deadline
                && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    private static void discardQuietly(InputStream in, long deadline, int max) {
        try {
            discard(in, deadline, max);
        } catch (IOException | BadMessageException e) {
            // the client went away or was too slow: it gets the 413 if it still listens
        }
    }

        private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException) return true;
        }
        return false;
    }

    private static ApiException brokeOff() {
        return ApiException.badInput("body", "the request body broke off before its end");
    }

    private static ApiException tooLarge(int max) {
        return ApiException.tooLarge("body", "must be at most " + describe(max));
    }

    private static ApiException tooSlow() {
        return ApiException.tooSlow("body", "came too slowly: send it within " + DEADLINE.toSeconds()
                + " s, at least " + UploadLimit.MIN_BYTES_PER_SECOND + " bytes a second");
    }

    private static String describe(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
