package playground.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.javalin.router.Endpoint;
import java.util.concurrent.TimeUnit;

/**
 * Times every request into {@code http_server_requests_seconds}, tagged by method, route and
 * status. The route is the pattern that matched ({@code /api/experiments/{id}}), never the raw
 * path, so that the number of series stays small; files are {@code static}, and paths nothing
 * knows are {@code unmatched}. {@code /metrics} serves everything in Prometheus's text format.
 */
public final class HttpMetrics {
    public static final String PATH = "/metrics";

    private HttpMetrics() {}

    public static void install(JavalinConfig config, PrometheusMeterRegistry registry) {
        config.requestLogger.http((ctx, millis) -> record(registry, ctx, millis));
        config.routes.get(PATH, ctx -> ctx
                .contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape()));
    }

    private static void record(MeterRegistry registry, Context ctx, Float millis) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by route and status")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record((long) (millis * 1_000_000.0), TimeUnit.NANOSECONDS);
    }

    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) return endpoint.path;
        return ctx.statusCode() == 404 ? "unmatched" : "static";
    }
}
