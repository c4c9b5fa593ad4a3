package playground.server.refusal;

/**
 * A request the server's features turn down, for a reason of their own: input that breaks a rule,
 * more than a limit allows, nothing by that id, another's experiment, too much work queued. The features know nothing of HTTP; the edge
 * ({@code http.ErrorResponses}) answers each reason with its status, as JSON {@code {error, field?}}.
 * The message names the field first when there is one, as the command line words configuration
 * errors: {@code "config.learningRate: must be > 0 and ≤ 10, got 0"}.
 */
public final class Refusal extends RuntimeException {
    /** Why; each has one HTTP status at the edge. */
    public enum Reason {
        /** The input breaks a rule (400). */
        INVALID,
        /** The input, or the work it asks for, is larger than allowed (413). */
        TOO_LARGE,
        /** What the request names does not exist (404). */
        NOT_FOUND,
        /** The request may not change this; another's edit token, for one (403). */
        NOT_YOURS,
        /** Too much is queued right now; try again after {@link #retryAfterSeconds} (429). */
        BUSY,
        /** What the request names is in a state that refuses it, such as a closed class (409). */
        CONFLICT
    }

    private final Reason reason;
    private final String field;
    private final String problem;
    private final long retryAfterSeconds;

    private Refusal(Reason reason, String field, String problem, long retryAfterSeconds) {
        super(field == null ? problem : field + ": " + problem);
        this.reason = reason;
        this.field = field;
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** {@code field} names where: a key, or a path like {@code config.seed}. */
    public static Refusal invalid(String field, String problem) {
        return new Refusal(Reason.INVALID, field, problem, 0);
    }

    /** {@code field} names what is too large, or is null for the request as a whole. */
    public static Refusal tooLarge(String field, String problem) {
        return new Refusal(Reason.TOO_LARGE, field, problem, 0);
    }

    public static Refusal notFound(String problem) {
        return new Refusal(Reason.NOT_FOUND, null, problem, 0);
    }

    /** {@code field} names the input that points at nothing. */
    public static Refusal notFound(String field, String problem) {
        return new Refusal(Reason.NOT_FOUND, field, problem, 0);
    }

    public static Refusal conflict(String field, String problem) {
        return new Refusal(Reason.CONFLICT, field, problem, 0);
    }

    public static Refusal notYours(String problem) {
        return new Refusal(Reason.NOT_YOURS, null, problem, 0);
    }

    public static Refusal busy(String problem, long retryAfterSeconds) {
        return new Refusal(Reason.BUSY, null, problem, Math.max(1, retryAfterSeconds));
    }

    public Reason reason() {
        return reason;
    }

    /** Where the input is wrong, or null. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field. */
    public String problem() {
        return problem;
    }

    /** Seconds to wait before retrying ({@link Reason#BUSY} only), else 0. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
