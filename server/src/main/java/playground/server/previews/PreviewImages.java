package playground.server.previews;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import playground.config.Config;
import playground.config.Limits;
import playground.server.experiments.Experiment;
import playground.server.experiments.ExperimentStore;
import playground.server.http.ApiException;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * The preview pictures ({@link PreviewPicture}) that link previews and oEmbed thumbnails point at:
 * <ul>
 * <li>{@code /e/{id}/preview.png}: a saved experiment as saved — its trained network when it
 *     has one, else its first weights;</li>
 * <li>{@code /previews/{name}.png}: the playground's and each lesson's picture, a fixed
 *     configuration trained a few hundred epochs ({@link SitePages}).</li>
 * </ul>
 * Each answer has an ETag (a saved experiment's changes with its {@code updatedAt}) and may be
 * cached for five minutes. Rendered pictures are kept: a bounded number of experiments', every
 * site page's once.
 */
public final class PreviewImages {
    public static final String EXPERIMENT = Experiment.previewUrl("{id}");
    public static final String SITE = "/previews/{name}.png";
    /** Saved experiments' pictures kept in memory (about 100 kB each). */
    static final int CACHED_EXPERIMENTS = 64;

    private final ExperimentStore store;
    private final Map<String, byte[]> experiments = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED_EXPERIMENTS;
        }
    };
    private final Map<String, byte[]> sitePictures = new ConcurrentHashMap<>();

    private PreviewImages(ExperimentStore store) {
        this.store = store;
    }

    public static void install(JavalinConfig config, ExperimentStore store) {
        PreviewImages images = new PreviewImages(store);
        config.routes.get(EXPERIMENT, images::experiment);
        config.routes.get(SITE, images::site);
    }

    /** The address of a site page's picture. */
    public static String sitePath(String name) {
        return "/previews/" + name + ".png";
    }

    private void experiment(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        Optional<Experiment> found = Experiment.IDS.isWellFormed(id) ? store.find(id) : Optional.empty();
        Experiment e = found.orElseThrow(() -> ApiException.notFound("id", "no experiment with this id"));
        String etag = "\"" + id + "-" + e.updatedAt().toEpochMilli() + "\"";
        if (notModified(ctx, etag)) return;
        byte[] png;
        synchronized (experiments) {
            png = experiments.get(etag);
        }
        if (png == null) {
            png = PreviewPicture.png(run(e), false, false, false);
            synchronized (experiments) {
                experiments.put(etag, png);
            }
        }
        send(ctx, etag, png);
    }

    private void site(Context ctx) {
        String name = ctx.pathParam("name");
        SitePages.Page page = SitePages.byName(name)
                .orElseThrow(() -> ApiException.notFound("name", "no preview called " + name));
        String etag = "\"site-" + name + "\"";
        if (notModified(ctx, etag)) return;
        send(ctx, etag, sitePictures.computeIfAbsent(name, n -> PreviewPicture.png(page.trainedExample(), false,
                false, false)));
    }

    /** The experiment's network as saved: restored from its state, or freshly made from its configuration. */
    static TrainingRun run(Experiment e) {
        if (e.stateJson() != null) return Snapshot.fromJson(e.stateJson(), Limits.BROWSER);
        return new TrainingRun(Config.fromJson(e.configJson(), Limits.BROWSER));
    }

    private static boolean notModified(Context ctx, String etag) {
        if (!etag.equals(ctx.header("If-None-Match"))) return false;
        ctx.status(304).header("ETag", etag);
        return true;
    }

    private static void send(Context ctx, String etag, byte[] png) {
        ctx.header("ETag", etag)
                .header("Cache-Control", "public, max-age=300")
                .header("Access-Control-Allow-Origin", "*")
                .contentType("image/png")
                .result(png);
    }
}
