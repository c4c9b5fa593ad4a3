package playground.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Keeps slow uploads from tying up the request threads: each client address may send only a few
 * request bodies to the API at once (more are refused with 429 before a byte of them is read), and
 * Jetty cuts a body that comes slower than {@link #MIN_BYTES_PER_SECOND}.
 */
public final class UploadLimit {
    /** Bodies one address may be sending at once (a classroom behind one router shares an address). */
    public static final int PER_ADDRESS = 8;
    /** Bodies being received at once in all, well below the request threads. */
    public static final int TOTAL = 100;
    /** The slowest a body may come, measured from its first byte. */
    public static final int MIN_BYTES_PER_SECOND = 256;

    private static final String SLOT = UploadLimit.class.getName();

    private UploadLimit() {}

    @SuppressWarnings("removal") // Jetty's servlet input still enforces it; its successor counts all requests together
    public static void install(JavalinConfig config) {
        ConnectionSlots slots = new ConnectionSlots(TOTAL, PER_ADDRESS, "uploads");
        config.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(MIN_BYTES_PER_SECOND));
        config.routes.before("/api/*", ctx -> take(ctx, slots));
        config.routes.after("/api/*", ctx -> giveBack(ctx, slots));
    }

    private static void take(Context ctx, ConnectionSlots slots) {
        HandlerType method = ctx.method();
        if (method != HandlerType.POST && method != HandlerType.PUT) return;
        String address = ctx.ip();
        String refusal = slots.tryTake(address);
        if (refusal != null) {
            throw ApiException.tooManyRequests("too many uploads at once: " + refusal, 2);
        }
        ctx.attribute(SLOT, address);
    }

    private static void giveBack(Context ctx, ConnectionSlots slots) {
        String address = ctx.attribute(SLOT);
        if (address == null) return;
        ctx.attribute(SLOT, null);
        slots.giveBack(address);
    }
}
