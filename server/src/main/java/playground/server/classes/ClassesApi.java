package playground.server.classes;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import playground.core.Json;
import playground.server.experiments.EditTokens;
import playground.server.experiments.Experiment;
import playground.server.experiments.ExperimentLimits;
import playground.server.experiments.ExperimentStore;
import playground.server.http.ApiException;
import playground.server.http.JsonBodies;
import playground.server.http.PublicUrl;
import playground.server.refusal.Refusal;

/**
 * The classes part of the HTTP API (docs/api.md):
 * <ul>
 * <li>{@code POST /api/classes} {@code {experimentId, title?}} with the challenge's edit token →
 *     201 {@code {id, classUrl, teacherUrl, teacherToken}};</li>
 * <li>{@code GET /api/classes/{id}} → the class, for students;</li>
 * <li>{@code POST /api/classes/{id}/attempts} (anyone) → 201 {@code {id, experimentId, url}};</li>
 * <li>with the teacher token: {@code GET …/attempts}, {@code …/attempts.csv}, {@code …/events},
 *     {@code …/attempts/{attemptId}/preview.png}, {@code POST …/close} and {@code DELETE}.</li>
 * </ul>
 */
public final class ClassesApi {
    public static final String COLLECTION = "/api/classes";
    public static final String ITEM = COLLECTION + "/{id}";
    public static final String ATTEMPTS = ITEM + "/attempts";
    public static final String CSV = ITEM + "/attempts.csv";
    public static final String EVENTS = ITEM + "/events";
    public static final String PREVIEW = ATTEMPTS + "/{attemptId}/preview.png";
    public static final String CLOSE = ITEM + "/close";

    private final ClassStore store;
    private final ExperimentStore experiments;
    private final PublicUrl publicUrl;
    private final ClassEvents events;
    private final AttemptPreviews previews;

    private ClassesApi(ClassStore store, ExperimentStore experiments, PublicUrl publicUrl, ClassEvents events) {
        this.store = store;
        this.experiments = experiments;
        this.publicUrl = publicUrl;
        this.events = events;
        this.previews = new AttemptPreviews(experiments);
    }

    public static void install(JavalinConfig config, ClassStore store, ExperimentStore experiments,
            PublicUrl publicUrl, ClassEvents events) {
        ClassesApi api = new ClassesApi(store, experiments, publicUrl, events);
        config.routes.post(COLLECTION, api::create);
        config.routes.get(ITEM, api::read);
        config.routes.delete(ITEM, api::delete);
        config.routes.post(ATTEMPTS, api::addAttempt);
        config.routes.get(ATTEMPTS, api::attempts);
        config.routes.get(CSV, api::csv);
        config.routes.get(EVENTS, api::events);
        config.routes.get(PREVIEW, api::preview);
        config.routes.post(CLOSE, api::close);
    }

    private void create(Context ctx) throws IOException, SQLException {
        ClassRequest.Draft draft = ClassRequest.parse(JsonBodies.read(ctx, ClassLimits.MAX_CREATE_BODY_BYTES));
        String token = EditTokens.fromAuthorization(ctx.header("Authorization"));
        Experiment challenge = experiments.findOwned(draft.experimentId(), token, "experimentId");
        if (challenge.goalJson() == null) {
            throw Refusal.invalid("experimentId", "this experiment has no goal: save it as a challenge (with a goal)"
                    + " to make a class for it");
        }
        String title = draft.title() != null ? draft.title()
                : challenge.title() != null && !challenge.title().isBlank() ? challenge.title() : "Challenge";
        ClassStore.Created created = store.create(challenge.id(), title, ctx.ip());
        String base = publicUrl.of(ctx);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", created.id());
        answer.put("classUrl", base + Classroom.pageUrl(created.id()));
        answer.put("teacherUrl", base + Classroom.teacherPageUrl(created.id()) + "#token=" + created.teacherToken());
        answer.put("teacherToken", created.teacherToken());
        ctx.status(201).header("Location", COLLECTION + "/" + created.id()).header("Cache-Control", "no-store")
                .contentType("application/json").result(Json.write(answer));
    }

    private void read(Context ctx) throws SQLException {
        Classroom classroom = store.find(id(ctx)).orElseThrow(ClassStore::notFound);
        ctx.header("Cache-Control", "no-cache").contentType("application/json").result(classroom.json());
    }

    private void addAttempt(Context ctx) throws IOException, SQLException {
        String id = id(ctx);
        AttemptDraft draft = AttemptRequest.parse(JsonBodies.read(ctx, ExperimentLimits.MAX_BODY_BYTES));
        Attempt attempt = store.addAttempt(id, draft, ctx.ip());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", attempt.id());
        answer.put("experimentId", attempt.experimentId());
        answer.put("url", Experiment.pageUrl(attempt.experimentId()));
        ctx.status(201).contentType("application/json").result(Json.write(answer));
    }

    private void attempts(Context ctx) throws SQLException {
        Classroom classroom = teacher(ctx);
        List<Object> list = new ArrayList<>();
        for (Attempt a : allAttempts(classroom.id())) list.add(a.toMap(classroom.id()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("class", Json.parse(classroom.json()));
        answer.put("attempts", list);
        ctx.header("Cache-Control", "no-store").contentType("application/json").result(Json.write(answer));
    }

    private void csv(Context ctx) throws SQLException {
        Classroom classroom = teacher(ctx);
        ctx.header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"class-" + classroom.id() + ".csv\"")
                .contentType("text/csv; charset=utf-8")
                .result(AttemptsCsv.of(allAttempts(classroom.id()), publicUrl.of(ctx)));
    }

    private void events(Context ctx) throws SQLException {
        Classroom classroom = teacher(ctx);
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw ApiException.badInput("Accept", "this is a stream of Server-Sent Events: send Accept: text/event-stream"
                    + " (EventSource does)");
        }
        events.stream(classroom.id(), lastEventId(ctx.header("Last-Event-ID")), ctx);
    }

    private void preview(Context ctx) throws SQLException {
        Classroom classroom = teacher(ctx);
        String attemptId = ctx.pathParam("attemptId");
        Attempt attempt = (Attempt.IDS.isWellFormed(attemptId) ? store.attempt(classroom.id(), attemptId)
                : Optional.<Attempt>empty())
                .orElseThrow(() -> ApiException.notFound("attemptId", "no attempt with this id in this class"));
        String etag = "\"" + attempt.id() + "\"";
        ctx.header("Cache-Control", "private, max-age=3600");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304).header("ETag", etag);
            return;
        }
        byte[] png = previews.of(attempt).orElseThrow(() ->
                ApiException.notFound("attemptId", "this attempt's experiment was deleted"));
        ctx.header("ETag", etag).contentType("image/png").result(png);
    }

    private void close(Context ctx) throws SQLException {
        Classroom classroom = teacher(ctx);
        if (!store.close(classroom.id())) throw ClassStore.notFound();
        ctx.status(204);
    }

    private void delete(Context ctx) throws SQLException {
        Classroom classroom = teacher(ctx);
        if (!store.delete(classroom.id())) throw ClassStore.notFound();
        ctx.status(204);
    }

    /** Every attempt of the class, oldest first (at most the class's limit). */
    private List<Attempt> allAttempts(String classId) throws SQLException {
        return store.attempts(classId, 0, store.limits().attemptsPerClass());
    }

    /**
     * The class, when the request carries its teacher token.
     *
     * @throws ApiException 401 without a token, 404 for no such class, 403 for another token
     */
    private Classroom teacher(Context ctx) throws SQLException {
        String id = id(ctx);
        String token = TeacherTokens.of(ctx);
        ClassStore.Guarded guarded = store.guarded(id).orElseThrow(ClassStore::notFound);
        if (!TeacherTokens.matches(token, guarded.tokenHash())) {
            throw ApiException.forbidden("this teacher token is not the class's");
        }
        return guarded.classroom();
    }

    /** The sequence number an EventSource last read; 0 (from the first) when none or not a number. */
    private static long lastEventId(String header) {
        if (header == null || !header.strip().matches("\\d{1,9}")) return 0;
        return Long.parseLong(header.strip());
    }

    /** A path id that cannot be a class id is as unknown as one that is not stored. */
    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Classroom.IDS.isWellFormed(id)) throw ClassStore.notFound();
        return id;
    }
}
