package playground.server.http;

/** The page for a link that leads nowhere: an unknown experiment id, a mistyped path. */
public final class NotFoundPage {
    private NotFoundPage() {}

    public static final String HTML = """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Not found — Neural-network playground</title>
              <link rel="stylesheet" href="/css/base.css">
            </head>
            <body>
              <main>
                <h1>Not found</h1>
                <p class="lead">There is nothing at this address. A saved experiment may have been deleted by its owner.</p>
                <p><a href="/">Open the playground</a></p>
              </main>
            </body>
            </html>
            """;
}
