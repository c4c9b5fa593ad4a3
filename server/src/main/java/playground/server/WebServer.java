package playground.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.MimeTypesConfig;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/** The HTTP server: the static site and compiled client from the classpath, and the API. */
public final class WebServer implements AutoCloseable {
    /** Classpath folder holding web/ from the repository and, under app/, the client bundles. */
    private static final String STATIC_ROOT = "/web";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts a server on {@code options.port()} (0 = a free port; ask {@link #port()}). */
    public static WebServer start(ServerOptions options) {
        return new WebServer(create(options).start(options.port()));
    }

    /** A configured, not yet started Javalin application. */
    public static Javalin create(ServerOptions options) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
            // Gzip only: Brotli and Zstd would need native libraries in the jar.
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            addStaticFiles(config);
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.get("/embed/lesson/{name}", playground.server.lessons.LessonEmbeds::serve);
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
            addMimeTypes(files.mimeTypes);
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = STATIC_ROOT;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "public, max-age=300", CORS, "*");
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

    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
