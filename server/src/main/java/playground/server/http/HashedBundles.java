package playground.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Map<String, byte[]> plain;
    private final Map<String, byte[]> gzipped = new ConcurrentHashMap<>();
    private final String hash;

    private HashedBundles(Map<String, byte[]> plain, String hash) {
        this.plain = plain;
        this.hash = hash;
    }

    /**
     * Reads every compiled bundle on the class path ({@code web/app/}: the client's build writes
     * them there); none (a build without the client) gives an empty folder.
     */
    public static HashedBundles load() {
        Map<String, byte[]> files;
        try {
            files = WebFiles.under("app");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundles in web/app/", e);
        }
        files.keySet().removeIf(name -> name.contains("/"));
        MessageDigest digest = sha256();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update(file.getValue());
        }
        return new HashedBundles(files, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    /**
     * What a page that runs {@code bundle} ({@code playground}, {@code lessons}) gets first in its
     * head: where its bundles are ({@link #folderTag}) and its bundle asked for ({@link #preloads}).
     */
    public String headTags(String bundle, String base, Context ctx) {
        return folderTag(base) + preloads(bundle, base, ctx);
    }

    /** Where web/js/loader.js finds the bundles of a page served with this tag: under their content's name. */
    private String folderTag(String base) {
        return "  <meta name=\"bundles\" content=\"" + Html.escape(base + "/" + folder()) + "\">\n";
    }

    /**
     * A page's bundle ({@code playground}, {@code lessons}), asked for from the page's head: it then
     * downloads beside the page's other files instead of after the page's script has arrived and
     * run, and web/js/loader.js takes it from the preload (the same addresses and fetch mode as its
     * own requests). The WebAssembly build and TeaVM's loader script for it, which every browser of
     * today runs; the JavaScript build when the address asks for it ({@code ?runtime=js}). An older
     * browser without WebAssembly GC falls back to the JavaScript build and leaves the preloaded
     * file unused.
     */
    private String preloads(String bundle, String base, Context ctx) {
        String folder = Html.escape(base + "/" + folder());
        if ("js".equals(ctx.queryParam("runtime"))) {
            return "  <link rel=\"modulepreload\" href=\"" + folder + bundle + ".js\">\n";
        }
        return "  <link rel=\"preload\" href=\"" + folder + bundle + ".wasm\" as=\"fetch\" crossorigin=\"anonymous\">\n"
                + "  <link rel=\"preload\" href=\"" + folder + "playground.wasm-runtime.js\" as=\"script\">\n";
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
