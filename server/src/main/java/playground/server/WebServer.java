package playground.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.MimeTypesConfig;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import playground.server.db.Database;
import playground.server.experiments.ExperimentPages;
import playground.server.experiments.ExperimentStore;
import playground.server.experiments.ExperimentsApi;
import playground.server.experiments.OEmbed;
import playground.server.http.ErrorResponses;
import playground.server.http.Health;
import playground.server.http.HttpMetrics;
import playground.server.http.ProtocolErrors;
import playground.server.http.PublicUrl;
import playground.server.http.RateLimiter;
import playground.server.http.SecurityHeaders;
import playground.server.http.ServerMetrics;
import playground.server.http.WriteLimit;

/**
 * The HTTP server: the static site and compiled client from the classpath, saved experiments and
 * their pages, health and metrics. Owns the database pool and the metrics registry, which the
 * features it starts share.
 */
public final class WebServer implements AutoCloseable {
    /** Classpath folder holding web/ from the repository and, under app/, the client bundles. */
    private static final String STATIC_ROOT = "/web";

    private final Javalin app;
    private final Database database;
    private final ServerMetrics metrics;
    private final ServerOptions options;

    private WebServer(Javalin app, Database database, ServerMetrics metrics, ServerOptions options) {
        this.app = app;
        this.database = database;
        this.metrics = metrics;
        this.options = options;
    }

    /**
     * Opens (and migrates) the database, then serves on {@code options.port()} (0 = a free port;
     * ask {@link #port()}).
     *
     * @throws playground.server.db.DatabaseException when the database cannot be opened
     */
    public static WebServer start(ServerOptions options) {
        ServerMetrics metrics = new ServerMetrics();
        Database database;
        try {
            database = Database.open(options.database(), metrics.registry());
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
        try {
            Javalin app = create(options, database, metrics).start(options.port());
            return new WebServer(app, database, metrics, options);
        } catch (RuntimeException e) {
            database.close();
            metrics.close();
            throw e;
        }
    }

    /** A configured, not yet started Javalin application on an open database. */
    private static Javalin create(ServerOptions options, Database database, ServerMetrics metrics) {
        ExperimentStore experiments = new ExperimentStore(database);
        PublicUrl publicUrl = new PublicUrl(options.publicUrl());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
            // Gzip only: Brotli and Zstd would need native libraries in the jar.
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            SecurityHeaders.install(config);
            WriteLimit.install(config, new RateLimiter(options.writesPerMinute()));
            ErrorResponses.install(config);
            ProtocolErrors.install(config);
            HttpMetrics.install(config, metrics.registry());
            addStaticFiles(config);
            Health.install(config, database);
            ExperimentsApi.install(config, experiments, metrics.registry());
            ExperimentPages.install(config, experiments, publicUrl);
            OEmbed.install(config, experiments, publicUrl);
        });
    }

    /**
     * Static files may be read from any origin ({@code Access-Control-Allow-Origin: *}): an embed in
     * an iframe sandboxed without {@code allow-same-origin} has an opaque origin, and its module
     * scripts, translations, worker and WebAssembly are fetched in CORS mode. They are public files
     * and no credentials are involved.
     *
     * <p>Pages and code are revalidated on every load (cheap: ETags answer 304), so a new release or
     * a developer's edit shows at once and a stale script never runs under a new page; the file
     * names carry no content hash yet. Styles, images and fonts may be cached briefly.
     */
    private static void addStaticFiles(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = STATIC_ROOT;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache", "Access-Control-Allow-Origin", "*");
            files.skipFileFunction = request -> !mustRevalidate(request);
            addMimeTypes(files.mimeTypes);
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = STATIC_ROOT;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "public, max-age=300", "Access-Control-Allow-Origin", "*");
            files.skipFileFunction = WebServer::mustRevalidate;
            addMimeTypes(files.mimeTypes);
        });
    }

    private static boolean mustRevalidate(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.endsWith("/")
                || path.endsWith(".html")
                || path.endsWith(".js")
                || path.endsWith(".mjs")
                || path.endsWith(".wasm")
                || path.endsWith(".json");
    }

    /** Browsers compile WebAssembly while it streams only when served as application/wasm. */
    private static void addMimeTypes(MimeTypesConfig mimeTypes) {
        mimeTypes.add("application/wasm", "wasm");
        mimeTypes.add("text/javascript", "js", "mjs");
    }

    public int port() {
        return app.port();
    }

    /** The open database: its pooled {@link Database#dataSource()} is for every feature of the server. */
    public Database database() {
        return database;
    }

    /** The server's metrics registry (served at /metrics). */
    public MeterRegistry metrics() {
        return metrics.registry();
    }

    public ServerOptions options() {
        return options;
    }

    /** Stops serving, then closes the database (H2 writes its file cleanly) and the metrics. */
    public void stop() {
        try {
            app.stop();
        } finally {
            database.close();
            metrics.close();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
