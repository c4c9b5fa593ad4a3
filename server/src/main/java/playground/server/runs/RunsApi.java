package playground.server.runs;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import playground.core.Json;
import playground.server.http.ApiException;
import playground.server.http.ConcurrencyLimit;
import playground.server.http.JsonBodies;
import playground.server.http.RateLimiter;

/**
 * The runs part of the HTTP API (docs/api.md):
 * <ul>
 * <li>{@code POST /api/runs} {@code {config, epochs, seeds?, grid?}} → 202 {@code {id}};</li>
 * <li>{@code GET /api/runs/{id}} → status, progress, results ({@link RunView});</li>
 * <li>{@code GET /api/runs/{id}/events} → Server-Sent Events ({@link RunEvents});</li>
 * <li>{@code GET /api/runs/{id}/trials/{n}/snapshot} → a finished trial's final state, which the
 *     playground opens;</li>
 * <li>{@code DELETE /api/runs/{id}} → cancels; 200 with the run.</li>
 * </ul>
 */
public final class RunsApi {
    public static final String COLLECTION = "/api/runs";
    public static final String ITEM = "/api/runs/{id}";
    public static final String EVENTS = "/api/runs/{id}/events";
    public static final String SNAPSHOT = "/api/runs/{id}/trials/{trial}/snapshot";

    private final Runs runs;
    private final RateLimiter submissions;
    private final RunEvents events;
    /** Reads of a whole run (its view, a final state): a few per address, a few in all. */
    private final ConcurrencyLimit heavyReads;

    private RunsApi(Runs runs, RateLimiter submissions, RunEvents events, ConcurrencyLimit heavyReads) {
        this.runs = runs;
        this.submissions = submissions;
        this.events = events;
        this.heavyReads = heavyReads;
    }

    public static void install(JavalinConfig config, Runs runs, RunEvents events) {
        RunLimits limits = runs.options().limits();
        RunsApi api = new RunsApi(runs, new RateLimiter(runs.options().runsPerMinute()), events,
                new ConcurrencyLimit(limits.heavyReadsPerAddress(), limits.heavyReads(), "reads of whole runs"));
        config.routes.post(COLLECTION, api::submit);
        config.routes.get(ITEM, api::read);
        config.routes.delete(ITEM, api::cancel);
        config.routes.get(EVENTS, api::events);
        config.routes.get(SNAPSHOT, api::snapshot);
    }

    private void submit(Context ctx) throws IOException, SQLException {
        long wait = submissions.acquire(ctx.ip());
        if (wait > 0) {
            throw ApiException.tooManyRequests("too many runs from this address (at most "
                    + runs.options().runsPerMinute() + " a minute); try again in " + wait
                    + (wait == 1 ? " second" : " seconds"), wait);
        }
        RunRequest request = RunRequest.parse(JsonBodies.read(ctx, RunLimits.MAX_BODY_BYTES));
        String id = runs.submit(request, ctx.ip());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        ctx.status(202).header("Location", COLLECTION + "/" + id).contentType("application/json")
                .result(Json.write(answer));
    }

    private void read(Context ctx) throws SQLException {
        String id = id(ctx);
        String view;
        try (ConcurrencyLimit.Permit permit = heavyReads.acquire(ctx.ip())) {
            view = runs.viewJson(id).orElseThrow(RunsApi::notFound);
        }
        ctx.header("Cache-Control", "no-store").contentType("application/json").result(view);
    }

    private void cancel(Context ctx) throws SQLException {
        String id = id(ctx);
        if (!runs.cancel(id)) throw notFound();
        read(ctx);
    }

    private void events(Context ctx) throws SQLException {
        String id = id(ctx);
        if (runs.store().run(id).isEmpty()) throw notFound();
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw ApiException.badInput("Accept", "this is a stream of Server-Sent Events: send Accept: text/event-stream"
                    + " (EventSource does)");
        }
        events.stream(id, ctx);
    }

    private void snapshot(Context ctx) throws SQLException {
        String id = id(ctx);
        String trial = ctx.pathParam("trial");
        if (!trial.matches("\\d{1,4}")) throw ApiException.notFound("no trial " + trial + " in this run");
        String json;
        try (ConcurrencyLimit.Permit permit = heavyReads.acquire(ctx.ip())) {
            json = runs.store().finalSnapshot(id, Integer.parseInt(trial)).orElseThrow(() ->
                    ApiException.notFound("no finished trial " + trial + " in this run (yet)"));
        }
        ctx.contentType("application/json").result(json);
    }

    /** A path id that cannot be a run id is as unknown as one that is not stored. */
    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Runs.IDS.isWellFormed(id)) throw notFound();
        return id;
    }

    private static ApiException notFound() {
        return ApiException.notFound("no run with this id (finished runs are kept for a limited time)");
    }
}
