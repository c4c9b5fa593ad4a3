package playground.server.http;

/**
 * The page for a link that leads nowhere (an unknown experiment id, a mistyped path): the site's
 * header and colours (light or dark, as the reader's system says), what is missing, and the
 * ways on. Its links are absolute paths, since it answers at any depth ({@code /e/…}, {@code /a/b/c}).
 */
public final class NotFoundPage {
    private NotFoundPage() {}

    /** For a path no route or file knows. */
    public static String forPath(String path) {
        return page("There is nothing at <code>" + escape(path) + "</code>. The address may be mistyped or out of date.");
    }

    /** For a saved experiment's page (or embed) whose id no experiment has. */
    public static String forExperiment(String id) {
        return page("No saved experiment has the id <code>" + escape(id) + "</code>. Its owner may have deleted it,"
                + " or the link was cut short when it was copied.");
    }

    private static String page(String what) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <meta name="color-scheme" content="light dark">
                  <title>Not found — Neural-network playground</title>
                  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                  <link rel="stylesheet" href="/css/base.css">
                  <link rel="stylesheet" href="/css/playground.css">
                </head>
                <body>
                  <header class="top">
                    <div class="brand"><p class="site-name"><a href="/">Neural-network playground</a></p></div>
                  </header>
                  <main class="not-found">
                    <h1>Not found</h1>
                    <p class="lead">%s</p>
                    <p><a href="/">Open the playground</a> · <a href="/lessons/">Read the lessons</a></p>
                  </main>
                </body>
                </html>
                """.formatted(what);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
