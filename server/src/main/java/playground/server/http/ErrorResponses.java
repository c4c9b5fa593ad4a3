package playground.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import playground.server.refusal.Refusal;

/**
 * Every error as JSON {@code {error, field?}} under /api/ and /oembed; HTML for pages. A failure of
 * our own (a bug, a broken database) is a 500 or 503 and is logged; bad input never gets here as
 * anything but an {@link ApiException} (refused at the edge) or a feature's {@link Refusal}.
 */
public final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {}

    public static void install(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> send(ctx, e));
        config.routes.exception(Refusal.class, (e, ctx) -> send(ctx, answer(e)));
        // Javalin's own refusals, such as 404 for a path no route or file matches.
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404 && !isApi(ctx)) {
                ctx.status(404).html(NotFoundPage.forPath(ctx.path()));
            } else {
                send(ctx, e.getStatus(), null, e.getMessage() == null ? "request refused" : e.getMessage());
            }
        });
        config.routes.exception(SQLException.class, (e, ctx) -> {
            if (isUnavailable(e)) {
                LOG.warn("database unreachable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                send(ctx, ApiException.unavailable("the database is unreachable; try again shortly"));
            } else {
                LOG.error("database error on {} {}", ctx.method(), ctx.path(), e);
                send(ctx, 500, null, "database error");
            }
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, null, "internal error");
        });
        // Paths no route knows: JSON for API clients; pages get a small HTML page.
        config.routes.error(404, ctx -> {
            if (hasBody(ctx)) return;
            if (isApi(ctx)) {
                send(ctx, 404, null, "no such resource: " + ctx.method() + " " + ctx.path());
            } else {
                ctx.html(NotFoundPage.forPath(ctx.path()));
            }
        });
    }

    /**
     * Whether the database could not be reached (no connection in time, connection lost, server
     * shutting down) rather than refused the statement: SQL states of class 08 (connection
     * exception) and 57P (PostgreSQL's operator intervention), or the JDBC exception kinds for it.
     */
    static boolean isUnavailable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException) {
                String state = ((SQLException) t).getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    /** The HTTP answer to a feature's refusal: one status per reason. */
    static ApiException answer(Refusal refusal) {
        return switch (refusal.reason()) {
            case INVALID -> ApiException.badInput(refusal.field(), refusal.problem());
            case TOO_LARGE -> ApiException.tooLarge(refusal.field(), refusal.problem());
            case NOT_FOUND -> ApiException.notFound(refusal.field(), refusal.problem());
            case NOT_YOURS -> ApiException.forbidden(refusal.problem());
            case BUSY -> ApiException.tooManyRequests(refusal.problem(), refusal.retryAfterSeconds());
            case CONFLICT -> ApiException.conflict(refusal.field(), refusal.problem());
        };
    }

    /** API paths answer in JSON; everything else is a page for people. */
    public static boolean isApi(Context ctx) {
        String path = ctx.path();
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/oembed");
    }

    private static boolean hasBody(Context ctx) {
        String result = ctx.result();
        return result != null && !result.isEmpty();
    }

    public static void send(Context ctx, ApiException e) {
        if (e.retryAfterSeconds() > 0) ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
        if (e.status() == 401) ctx.header("WWW-Authenticate", "Bearer");
        send(ctx, e.status(), e.field(), e.getMessage());
    }

    /** Messages quote the bad value; a huge value is not worth sending back whole. */
    private static final int MAX_MESSAGE_CHARS = 1_000;

    private static void send(Context ctx, int status, String field, String message) {
        if (message.length() > MAX_MESSAGE_CHARS) {
            int end = MAX_MESSAGE_CHARS;
            if (Character.isHighSurrogate(message.charAt(end - 1))) end--;
            message = message.substring(0, end) + "…";
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (field != null) body.put("field", field);
        ctx.status(status).json(body);
    }
}
