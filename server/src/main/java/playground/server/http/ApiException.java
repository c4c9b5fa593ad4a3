package playground.server.http;

/**
 * A request the API refuses, answered as JSON {@code {error, field?}} with its status
 * (docs/api.md). The message names the field first when there is one: {@code "config.learningRate: must
 * be > 0 and ≤ 10, got 0"}, as the command line words configuration errors.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String field;
    private final long retryAfterSeconds;

    private ApiException(int status, String field, String problem, long retryAfterSeconds) {
        super(field == null ? problem : field + ": " + problem);
        this.status = status;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 400: the input breaks a rule; {@code field} names where (a key, or a path like config.seed). */
    public static ApiException badInput(String field, String problem) {
        return new ApiException(400, field, problem, 0);
    }

    /** 401: no edit token, or not in the form {@code Authorization: Bearer <token>}. */
    public static ApiException unauthorized(String problem) {
        return new ApiException(401, null, problem, 0);
    }

    /** 403: a well-formed edit token that is not this experiment's. */
    public static ApiException forbidden(String problem) {
        return new ApiException(403, null, problem, 0);
    }

    public static ApiException notFound(String problem) {
        return new ApiException(404, null, problem, 0);
    }

    /** 404 for something a field points at (oEmbed's {@code url}). */
    public static ApiException notFound(String field, String problem) {
        return new ApiException(404, field, problem, 0);
    }

    /** 409: what the request names refuses it in its present state (a closed class). */
    public static ApiException conflict(String field, String problem) {
        return new ApiException(409, field, problem, 0);
    }

    /** 408: the client sent the body (named by {@code field}) too slowly. */
    public static ApiException tooSlow(String field, String problem) {
        return new ApiException(408, field, problem, 0);
    }

    /** 413: the body, or one field of it ({@code field} non-null), is larger than allowed. */
    public static ApiException tooLarge(String field, String problem) {
        return new ApiException(413, field, problem, 0);
    }

    /** 429, with the seconds after which a retry will be accepted ({@code Retry-After}). */
    public static ApiException tooManyRequests(String problem, long retryAfterSeconds) {
        return new ApiException(429, null, problem, Math.max(1, retryAfterSeconds));
    }

    /** 501: a variant the endpoint does not offer (oEmbed's XML format). */
    public static ApiException notImplemented(String field, String problem) {
        return new ApiException(501, field, problem, 0);
    }

    /** 503: the database cannot be reached right now; the request may be retried. */
    public static ApiException unavailable(String problem) {
        return new ApiException(503, null, problem, 0);
    }


    public int status() {
        return status;
    }

    /** Where the input is wrong, or null. */
    public String field() {
        return field;
    }

    /** Seconds to wait before retrying (429), else 0. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
