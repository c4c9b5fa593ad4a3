package playground.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.regex.Pattern;

/**
 * Limits each client (by IP address) to a rate of writes to the API: POST, PUT and DELETE under
 * /api/. Reading is never limited. Over the rate the answer is 429 with {@code Retry-After}.
 *
 * <p>Students' attempts ({@code POST /api/classes/{id}/attempts}) are counted by their class's own
 * limits instead (docs/operations.md): a class of thirty behind one school router is one address,
 * and all of them hand in within the same minute.
 */
public final class WriteLimit {
    private static final Pattern STUDENT_ATTEMPT = Pattern.compile("/api/classes/[^/]+/attempts/?");

    private WriteLimit() {}

    public static void install(JavalinConfig config, RateLimiter limiter) {
        config.routes.before("/api/*", ctx -> check(ctx, limiter));
    }

    private static void check(Context ctx, RateLimiter limiter) {
        HandlerType method = ctx.method();
        if (method != HandlerType.POST && method != HandlerType.PUT && method != HandlerType.DELETE) return;
        if (method == HandlerType.POST && STUDENT_ATTEMPT.matcher(ctx.path()).matches()) return;
        long wait = limiter.acquire(ctx.ip());
        if (wait > 0) {
            throw ApiException.tooManyRequests("too many changes from this address; try again in "
                    + wait + (wait == 1 ? " second" : " seconds"), wait);
        }
    }
}
