package playground.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.MimeTypesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import playground.server.classes.ClassCleanup;
import playground.server.classes.ClassEvents;
import playground.server.classes.ClassPages;
import playground.server.classes.ClassStore;
import playground.server.classes.ClassesApi;
import playground.server.db.Database;
import playground.server.experiments.ExperimentPages;
import playground.server.experiments.ExperimentStore;
import playground.server.experiments.ExperimentsApi;
import playground.server.http.CoreJsonMapper;
import playground.server.http.CrossSiteWrites;
import playground.server.http.ErrorResponses;
import playground.server.http.HashedBundles;
import playground.server.http.Health;
import playground.server.http.HttpMetrics;
import playground.server.http.ProtocolErrors;
import playground.server.http.PublicUrl;
import playground.server.http.RateLimiter;
import playground.server.http.SecurityHeaders;
import playground.server.http.ServerMetrics;
import playground.server.http.UploadLimit;
import playground.server.http.WriteLimit;
import playground.server.previews.OEmbed;
import playground.server.previews.PreviewImages;
import playground.server.previews.StaticPages;
import playground.server.runs.RunEvents;
import playground.server.runs.Runs;
import playground.server.runs.RunsApi;

/**
 * The HTTP server: the static site and compiled client from the classpath, saved experiments and
 * their pages, server runs (and, with worker threads, their execution), health and metrics; or,
 * for a workers-only process ({@link ServerOptions#web()} false), the workers with health and
 * metrics alone. Owns
 * the database pool and the metrics registry, which the features it starts share.
 */
public final class WebServer implements AutoCloseable {
    /** Classpath folder holding web/ from the repository and, under app/, the client bundles. */
    private static final String STATIC_ROOT = "/web";

    private final Javalin app;
    private final Database database;
    private final ServerMetrics metrics;
    private final ServerOptions options;
    private final Runs runs;
    private final RunEvents runEvents;
    private final Classes classes;

    /** The classes feature's parts that live as long as the server: its streams and its clean-up. */
    private record Classes(ClassStore store, ClassEvents events, ClassCleanup cleanup) implements AutoCloseable {
        static Classes start(Database database, ServerOptions options) {
            ClassStore store = new ClassStore(database, options.classes());
            return new Classes(store, new ClassEvents(store), new ClassCleanup(store));
        }

        @Override
        public void close() {
            events.close();
            cleanup.close();
        }
    }

    private WebServer(Javalin app, Database database, ServerMetrics metrics, ServerOptions options, Runs runs,
            RunEvents runEvents, Classes classes) {
        this.app = app;
        this.database = database;
        this.metrics = metrics;
        this.options = options;
        this.runs = runs;
        this.runEvents = runEvents;
        this.classes = classes;
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
        Runs runs = null;
        RunEvents runEvents = null;
        Classes classes = null;
        try {
            runs = Runs.start(database, options.runs(), options.workers(), metrics.registry());
            runEvents = new RunEvents(runs.store());
            classes = Classes.start(database, options);
            Javalin app = create(options, database, metrics, runs, runEvents, classes).start(options.port());
            return new WebServer(app, database, metrics, options, runs, runEvents, classes);
        } catch (RuntimeException e) {
            if (classes != null) classes.close();
            if (runEvents != null) runEvents.close();
            if (runs != null) runs.close();
            database.close();
            metrics.close();
            throw e;
        }
    }

    /** A configured, not yet started Javalin application on an open database. */
    private static Javalin create(ServerOptions options, Database database, ServerMetrics metrics, Runs runs,
            RunEvents runEvents, Classes classes) {
        ExperimentStore experiments = new ExperimentStore(database);
        PublicUrl publicUrl = new PublicUrl(options.publicUrl());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new CoreJsonMapper());
            // Gzip only: Brotli and Zstd would need native libraries in the jar.
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            SecurityHeaders.install(config);
            CrossSiteWrites.install(config, publicUrl);
            WriteLimit.install(config, new RateLimiter(options.writesPerMinute()));
            UploadLimit.install(config);
            ErrorResponses.install(config);
            ProtocolErrors.install(config);
            HttpMetrics.install(config, metrics.registry());
            Health.install(config, database, options.runs().limits().minFreeDiskBytes());
            if (!options.web()) return; // workers only: watched, never visited
            addStaticFiles(config);
            ExperimentsApi.install(config, experiments, metrics.registry());
            HashedBundles bundles = HashedBundles.load();
            bundles.install(config);
            ExperimentPages.install(config, experiments, publicUrl, bundles);
            StaticPages.install(config, publicUrl, bundles);
            PreviewImages.install(config, experiments);
            OEmbed.install(config, experiments, publicUrl);
            RunsApi.install(config, runs, runEvents);
            ClassesApi.install(config, classes.store(), experiments, publicUrl, classes.events());
            ClassPages.install(config, classes.store(), experiments, publicUrl, bundles);
            // Browsers ask for /favicon.ico by themselves; the site's icon is the SVG every page names.
            config.routes.get("/favicon.ico", ctx -> ctx.redirect("/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
        });
    }

    /**
     * Static files may be read from any origin: an embed in a sandboxed iframe has an opaque
     * origin, and its module scripts, translations and WebAssembly are fetched in CORS mode.
     */
    private static final String CORS = "Access-Control-Allow-Origin";

    /**
     * Pages and code are revalidated on every load (cheap: ETags answer 304), so a new release or
     * a developer's edit shows at once and a stale script never runs under a new page; the file
     * names carry no content hash yet. Styles, images and fonts may be cached briefly.
     */
    private static void addStaticFiles(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = STATIC_ROOT;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache", CORS, "*");
            files.skipFileFunction = request -> !mustRevalidate(request);
            files.precompressMaxSize = PRECOMPRESS_MAX_BYTES;
            addMimeTypes(files.mimeTypes);
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = STATIC_ROOT;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "public, max-age=300", CORS, "*");
            files.skipFileFunction = WebServer::mustRevalidate;
            files.precompressMaxSize = PRECOMPRESS_MAX_BYTES;
            addMimeTypes(files.mimeTypes);
        });
    }

    /**
     * Static files up to this size are compressed once, on their first request, and kept in
     * memory: the bundles (about 1 MB each) would otherwise cost every visit tens of milliseconds
     * of compression before the first byte.
     */
    private static final int PRECOMPRESS_MAX_BYTES = 4 * 1024 * 1024;

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

    /** Server runs: submit, read, cancel (and, with workers, this process executes trials). */
    public Runs runs() {
        return runs;
    }

    /** The live run streams (how many are open). */
    public RunEvents runEvents() {
        return runEvents;
    }

    /** The clean-up of old classes (tests run it at once rather than waiting an hour). */
    public ClassCleanup classCleanup() {
        return classes.cleanup();
    }

    /** The teachers' live streams (how many are open). */
    public ClassEvents classEvents() {
        return classes.events();
    }

    /**
     * Stops executing trials (running ones checkpoint and hand over to other processes), stops
     * serving, then closes the database (H2 writes its file cleanly) and the metrics.
     */
    public void stop() {
        try {
            runs.close();
            runEvents.close();
            classes.close();
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
