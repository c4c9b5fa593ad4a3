package playground.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * Headers on every response that keep injected content inert and stop other sites from framing
 * our pages — except the embeds under {@code /embed/} (and {@code /embed} itself, the plain
 * playground's), which exist to be framed anywhere.
 *
 * <p>The Content-Security-Policy allows scripts from this origin only — never inline scripts, so
 * injected markup cannot run — plus two kinds of evaluation the client needs:
 * {@code 'wasm-unsafe-eval'} to compile the WebAssembly bundle, and {@code 'unsafe-eval'} because
 * TeaVM's WebAssembly GC runtime ({@code playground.wasm-runtime.js}) builds its JavaScript glue
 * with {@code new Function}. The JSON data block of an experiment page is not a script (type
 * application/json) and needs no permission. Inline styles are allowed: they cannot run code, and
 * the page sets element styles while drawing.
 */
public final class SecurityHeaders {
    public static final String EMBED_PREFIX = "/embed/";

    private static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /** Our pages may not be framed at all … */
    public static final String PAGE_POLICY = POLICY + "; frame-ancestors 'none'";
    /** … embeds by any site. */
    public static final String EMBED_POLICY = POLICY + "; frame-ancestors *";

    /** Other sites learn our origin from links, never the path of an experiment. */
    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    private SecurityHeaders() {}

    public static void install(JavalinConfig config) {
        config.routes.before(SecurityHeaders::apply);
    }

    static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", REFERRER_POLICY);
        if (ctx.path().startsWith(EMBED_PREFIX) || ctx.path().equals("/embed")) {
            ctx.header("Content-Security-Policy", EMBED_POLICY);
        } else {
            ctx.header("Content-Security-Policy", PAGE_POLICY);
            ctx.header("X-Frame-Options", "DENY");
        }
    }
}
