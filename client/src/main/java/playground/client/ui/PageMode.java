package playground.client.ui;

import org.teavm.jso.JSBody;

/**
 * What kind of page this is, as the server (or the static export) marked it: a static copy
 * ({@code <meta name="playground-mode" content="static">}: no server, so nothing can be saved)
 * and an embed ({@code <meta name="embed" content="true">} on {@code /embed/…} pages, or
 * {@code ?embed=1} in the address, which also works on a static host). Also the addresses the
 * sharing features build on.
 */
public final class PageMode {
    private PageMode() {}

    public static boolean isStatic() {
        return "static".equals(meta("playground-mode"));
    }

    public static boolean isEmbed() {
        return "true".equals(meta("embed")) || "1".equals(Storage.query("embed"));
    }

    /** Whether this page is inside a frame of another page. */
    @JSBody(script = "return window.parent !== window;")
    public static native boolean isFramed();

    @JSBody(params = "name", script = "const tag = document.querySelector('meta[name=\"' + name + '\"]');"
            + "return tag ? tag.getAttribute('content') : null;")
    private static native String meta(String name);

    private static String root;

    /**
     * The site's root address with its trailing slash ({@code http://host:port/}), as the page was
     * opened: after saving, the address shows the short link ({@code /e/{id}}), against which
     * relative paths would resolve wrongly.
     */
    public static String siteRoot() {
        if (root == null) root = baseRoot();
        return root;
    }

    @JSBody(script = "return new URL('./', document.baseURI).href;")
    private static native String baseRoot();

    /** An address relative to the site's root made absolute: {@code e/abc} → {@code http://host/e/abc}. */
    public static String absolute(String path) {
        return siteRoot() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** This page's address without query and hash. */
    @JSBody(script = "return location.href.split('#')[0].split('?')[0];")
    public static native String pageAddress();

    @JSBody(script = "return location.hash;")
    public static native String hash();

    /** Rewrites the hash without a history entry (before the page state reads it). */
    @JSBody(params = "hash", script = "history.replaceState(history.state, '', location.href.split('#')[0] + '#' + hash);")
    public static native void replaceHash(String hash);

    /** Shows another address (relative to the site's root) for this same document; keeps the hash. */
    public static void showAddress(String path) {
        keepBase(siteRoot());
        replaceAddress(absolute(path));
    }

    /**
     * Pins the document's base to the site's root before the address changes: without a
     * {@code <base>}, relative links ({@code lessons/}) would resolve against the new address
     * ({@code /e/lessons/}).
     */
    @JSBody(params = "root", script = "if (document.querySelector('base[href]')) return;"
            + "const base = document.createElement('base'); base.href = root; document.head.prepend(base);")
    private static native void keepBase(String root);

    @JSBody(params = "address", script = "history.replaceState(history.state, '', address + location.hash);")
    private static native void replaceAddress(String address);

    /** A date and time from the server (ISO 8601) in the reader's language, or the text itself. */
    @JSBody(params = {"iso", "locale"}, script = "const date = new Date(iso);"
            + "return isNaN(date.getTime()) ? String(iso) : date.toLocaleString(locale,"
            + " {year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'});")
    public static native String dateTime(String iso, String locale);

    @JSBody(script = "return new Date().toISOString();")
    public static native String now();
}
