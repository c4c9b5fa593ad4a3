package playground.server.cli;

/** Usage lines and exit statuses shared by the commands (the SPEC's command-line contract). */
public final class Usage {
    private Usage() {}

    /** Bad command line or bad configuration. */
    public static final int EXIT_USAGE = 2;

    public static final String MAIN =
            "usage: java -jar playground.jar <serve|train|sweep|export-static> [options]";
    public static final String SERVE = "usage: java -jar playground.jar serve [--port N]";

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
