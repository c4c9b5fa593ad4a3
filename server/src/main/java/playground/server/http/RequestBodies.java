package playground.server.http;

import java.io.IOException;
import java.io.InputStream;

/** Reading a request body with a size limit, the same way for every API. */
public final class RequestBodies {
    /** How many times the limit a too-large body is read and dropped before the connection is cut. */
    private static final long DISCARD_FACTOR = 4;

    private RequestBodies() {}

    /**
     * Reads at most {@code max} bytes; a larger body is refused with 413 naming {@code body}.
     *
     * @param declaredLength the Content-Length, or a negative number when not declared
     */
    public static byte[] read(InputStream in, long declaredLength, int max) throws IOException {
        if (declaredLength > max) throw tooLarge(in, max);
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) throw tooLarge(in, max);
        return bytes;
    }

    /**
     * Reads and drops what the client is still sending (up to a bound), so that it reads our 413:
     * a server that closes the connection on an unread body makes the client see a reset instead.
     */
    private static ApiException tooLarge(InputStream in, int max) throws IOException {
        long left = DISCARD_FACTOR * max;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) left -= n;
        return ApiException.tooLarge("body", "must be at most " + describe(max));
    }

    private static String describe(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
