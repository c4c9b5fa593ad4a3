package playground.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Limits each client (by IP address) to a rate of writes to the API: POST, PUT and DELETE under
 * /api/. Reading is never limited. Over the rate the answer is 429 with {@code Retry-After}.
 */
public final class WriteLimit {
    private WriteLimit() {}

    public static void install(JavalinConfig config, RateLimiter limiter) {
        config.routes.before("/api/*", ctx -> check(ctx, limiter));
    }

    private static void check(Context ctx, RateLimiter limiter) {
        HandlerType method = ctx.method();
        if (method != HandlerType.POST && method != HandlerType.PUT && method != HandlerType.DELETE) return;
        long wait = limiter.acquire(ctx.ip());
        if (wait > 0) {
            throw ApiException.tooManyRequests("too many changes from this address; try again in "
                    + wait + (wait == 1 ? " second" : " seconds"), wait);
        }
    }
}
