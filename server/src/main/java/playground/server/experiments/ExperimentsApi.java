package playground.server.experiments;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.sql.SQLException;
import playground.server.http.ApiException;

/**
 * The experiments part of the HTTP API (SPEC, "HTTP API"; S1, S2):
 * <ul>
 * <li>{@code POST /api/experiments} {@code {title?, notes?, config, state?, goal?, parent?}} →
 *     201 {@code {id, url, editToken}};</li>
 * <li>{@code GET /api/experiments/{id}} → the experiment ({@link ExperimentJson});</li>
 * <li>{@code PUT /api/experiments/{id}} (same body; replaces) → 200 with the experiment, and
 *     {@code DELETE} → 204, both with {@code Authorization: Bearer <editToken>}.</li>
 * </ul>
 */
public final class ExperimentsApi {
    public static final String COLLECTION = "/api/experiments";
    public static final String ITEM = "/api/experiments/{id}";

    private final ExperimentStore store;
    private final Counter created;

    private ExperimentsApi(ExperimentStore store, MeterRegistry metrics) {
        this.store = store;
        // Prometheus reserves the suffix _created, hence "saved": playground_experiments_saved_total.
        this.created = Counter.builder("playground.experiments.saved")
                .description("Experiments created (forks included)")
                .register(metrics);
    }

    public static void install(JavalinConfig config, ExperimentStore store, MeterRegistry metrics) {
        ExperimentsApi api = new ExperimentsApi(store, metrics);
        config.routes.post(COLLECTION, api::create);
        config.routes.get(ITEM, api::read);
        config.routes.put(ITEM, api::replace);
        config.routes.delete(ITEM, api::delete);
    }

    private void create(Context ctx) throws IOException, SQLException {
        ExperimentDraft draft = ExperimentRequest.parse(body(ctx));
        ExperimentStore.Created saved;
        try {
            saved = store.create(draft);
        } catch (ExperimentStore.RefusedException e) {
            throw refusal(e, draft);
        }
        created.increment();
        ctx.status(201)
                .header("Location", COLLECTION + "/" + saved.id())
                .contentType("application/json")
                .result(ExperimentJson.created(saved));
    }

    private void read(Context ctx) throws SQLException {
        String id = id(ctx);
        Experiment experiment = store.find(id).orElseThrow(ExperimentsApi::notFound);
        // Its owner may change it at any time: caches must ask again.
        ctx.header("Cache-Control", "no-cache").contentType("application/json").result(ExperimentJson.of(experiment));
    }

    private void replace(Context ctx) throws IOException, SQLException {
        String id = id(ctx);
        String token = EditTokens.fromAuthorization(ctx.header("Authorization"));
        ExperimentDraft draft = ExperimentRequest.parse(body(ctx));
        Experiment experiment;
        try {
            experiment = store.replace(id, token, draft);
        } catch (ExperimentStore.RefusedException e) {
            throw refusal(e, draft);
        }
        ctx.contentType("application/json").result(ExperimentJson.of(experiment));
    }

    private void delete(Context ctx) throws SQLException {
        String id = id(ctx);
        String token = EditTokens.fromAuthorization(ctx.header("Authorization"));
        try {
            store.delete(id, token);
        } catch (ExperimentStore.RefusedException e) {
            throw refusal(e, null);
        }
        ctx.status(204);
    }

    /** A path id that cannot be an id is as unknown as one that is not stored. */
    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ExperimentIds.isWellFormed(id)) throw notFound();
        return id;
    }

    private static ApiException notFound() {
        return ApiException.notFound("no experiment with this id");
    }

    private static byte[] body(Context ctx) throws IOException {
        return ExperimentRequest.readBody(ctx.bodyInputStream(), ctx.req().getContentLengthLong());
    }

    private static ApiException refusal(ExperimentStore.RefusedException e, ExperimentDraft draft) {
        switch (e.reason) {
            case NOT_FOUND:
                return notFound();
            case WRONG_TOKEN:
                return ApiException.forbidden("this edit token is not the experiment's");
            case NO_PARENT:
                return ApiException.badInput("parent", "no saved experiment has the id " + draft.parent()
                        + " (or it is this experiment itself)");
            case PARENT_CYCLE:
                return ApiException.badInput("parent", "experiment " + draft.parent()
                        + " is a fork of this one (or of its forks): an experiment cannot descend from itself");
            default:
                throw new IllegalStateException("unknown refusal " + e.reason, e);
        }
    }
}
