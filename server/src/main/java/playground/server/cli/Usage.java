package playground.server.cli;

/** Usage lines and exit statuses shared by the commands (the SPEC's command-line contract). */
public final class Usage {
    private Usage() {}

    /** Bad command line or bad configuration. */
    public static final int EXIT_USAGE = 2;

    public static final String MAIN =
            "usage: java -jar playground.jar <serve|train|sweep|export-static> [options]";
    public static final String SERVE = "usage: java -jar playground.jar serve [--port N]";
}
