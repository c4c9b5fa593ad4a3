package playground.server.cli;

/** Usage lines and exit statuses shared by the commands (the SPEC's command-line contract). */
public final class Usage {
    private Usage() {}

    /** Bad command line or bad configuration. */
    public static final int EXIT_USAGE = 2;

    public static final String MAIN =
            "usage: java -jar playground.jar <serve|train|sweep|export-static> [options]";
    public static final String SERVE = String.join("\n",
            "usage: java -jar playground.jar serve [--port N] [--database-url URL] [--database-user USER]",
            "         [--database-password PASSWORD] [--workers N] [--writes-per-minute N] [--public-url URL]",
            "  --port               TCP port (env PORT; default 7070)",
            "  --database-url       jdbc:h2:file:PATH, jdbc:postgresql://HOST/DB or postgres://USER:PASSWORD@HOST/DB",
            "                       (env DATABASE_URL; default jdbc:h2:file:./data/playground)",
            "  --database-user      database user (env DATABASE_USER)",
            "  --database-password  database password (env DATABASE_PASSWORD; prefer the environment)",
            "  --workers            threads for server-side jobs, 0 = web only (env WORKERS; default: one per core)",
            "  --writes-per-minute  POST/PUT/DELETE per minute and client address, 0 = no limit",
            "                       (env WRITES_PER_MINUTE; default 30)",
            "  --public-url         the address readers use, for absolute links (env PUBLIC_URL;",
            "                       default: taken from each request)");

    /**
     * Reports a bad command line: the problem and the usage line on standard error, exit 2; or,
     * for --help (a null message), the usage line on standard output, exit 0.
     */
    public static int fail(UsageException e, String usage, java.io.PrintStream out, java.io.PrintStream err) {
        if (e.getMessage() == null) {
            out.println(usage);
            return 0;
        }
        err.println("error: " + e.getMessage());
        err.println(usage);
        return EXIT_USAGE;
    }
}
