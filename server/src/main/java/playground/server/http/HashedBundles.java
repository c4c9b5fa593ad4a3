package playground.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The compiled bundles under an address that names their content, {@code /app/{hash}/{file}},
 * cached by browsers for a year without asking again: a new release has a new hash. Pages
 * served by the server name the folder in {@code <meta name="bundles">} (web/js/loader.js reads
 * it); a static copy of the site has no such tag and loads {@code app/{file}}, revalidated on
 * every visit. Each file is gzip-compressed once, on its first request, at the highest level.
 */
public final class HashedBundles {
    private static final List<String> FILES = List.of("playground.wasm", "playground.js",
            "lessons.wasm", "lessons.js", "teacher.wasm", "teacher.js", "probes.wasm", "probes.js",
            "serverruns.wasm", "serverruns.js", "share.wasm", "share.js", "exports.wasm", "exports.js",
            "playground.wasm-runtime.js");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Map<String, byte[]> plain;
    private final Map<String, byte[]> gzipped = new ConcurrentHashMap<>();
    private final String hash;

    private HashedBundles(Map<String, byte[]> plain, String hash) {
        this.plain = plain;
        this.hash = hash;
    }

    /** Reads the bundles from the classpath ({@code web/app/}); those missing (a build without the client) are left out. */
    public static HashedBundles load() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        for (String name : FILES) {
            try (InputStream in = HashedBundles.class.getResourceAsStream("/web/app/" + name)) {
                if (in == null) continue;
                byte[] bytes = in.readAllBytes();
                files.put(name, bytes);
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundle " + name, e);
            }
        }
        return new HashedBundles(files, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    /** The folder's address below the site's root, e.g. {@code app/0123456789abcdef/}. */
    public String folder() {
        return "app/" + hash + "/";
    }

    public void install(JavalinConfig config) {
        config.routes.get("/app/{hash}/{file}", this::serve);
    }

    private void serve(Context ctx) {
        byte[] bytes = plain.get(ctx.pathParam("file"));
        if (bytes == null || !hash.equals(ctx.pathParam("hash"))) {
            throw ApiException.notFound("file", "no bundle " + ctx.pathParam("hash") + "/" + ctx.pathParam("file"));
        }
        String file = ctx.pathParam("file");
        ctx.disableCompression()
                .header("Cache-Control", IMMUTABLE)
                .header("Access-Control-Allow-Origin", "*")
                .header("Vary", "Accept-Encoding")
                .contentType(file.endsWith(".wasm") ? "application/wasm" : "text/javascript");
        String accepted = ctx.header("Accept-Encoding");
        if (accepted != null && accepted.contains("gzip")) {
            ctx.header("Content-Encoding", "gzip").result(gzipped.computeIfAbsent(file, f -> gzip(bytes)));
        } else {
            ctx.result(bytes);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
