package playground.server.cli;

import java.io.PrintStream;

/** Usage lines and exit statuses shared by the commands (the command-line contract of docs/operations.md). */
public final class Usage {
    private Usage() {}

    /** Bad command line or bad configuration. */
    public static final int EXIT_USAGE = 2;

    public static final String MAIN =
            "usage: java -jar playground.jar <serve|train|sweep|export-static> [options]";
    public static final String SERVE = String.join("\n",
            "usage: java -jar playground.jar serve [--port N] [--database-url URL] [--database-user USER]",
            "         [--database-password PASSWORD] [--workers N] [--web on|off] [--writes-per-minute N]",
            "         [--public-url URL] [--run-budget UNITS] [--max-queued-trials N] [--runs-per-minute N]",
            "         [--heartbeat-seconds N] [--checkpoint-seconds N] [--run-retention-days N]",
            "         [--trials-per-address N] [--compute-per-address UNITS] [--run-storage-mb N] [--storage-mb N]",
            "         [--class-retention-days N] [--class-attempts N] [--class-attempts-per-address N]",
            "         [--classes-per-address N]",
            "  --port               TCP port (env PORT; default 7070)",
            "  --database-url       jdbc:h2:file:PATH, jdbc:postgresql://HOST/DB or postgres://USER:PASSWORD@HOST/DB",
            "                       (env DATABASE_URL; default jdbc:h2:file:./data/playground)",
            "  --database-user      database user (env DATABASE_USER)",
            "  --database-password  database password (env DATABASE_PASSWORD; prefer the environment)",
            "  --workers            threads training server runs, 0 = web only: submits, never executes",
            "                       (env WORKERS; default: one per core)",
            "  --web                off = workers only: the port answers just /health and /metrics",
            "                       (env WEB; default on)",
            "  --writes-per-minute  POST/PUT/DELETE per minute and client address, 0 = no limit",
            "                       (env WRITES_PER_MINUTE; default 30)",
            "  --public-url         the address readers use, for absolute links (env PUBLIC_URL;",
            "                       default: taken from each request)",
            "  --run-budget         compute per run, epochs x points x parameters summed over its trials",
            "                       (env RUN_BUDGET; default 2e11)",
            "  --max-queued-trials  unfinished trials of all runs before new runs get 429 (env MAX_QUEUED_TRIALS;",
            "                       default 1000)",
            "  --runs-per-minute    runs each client address may submit a minute, 0 = no limit",
            "                       (env RUNS_PER_MINUTE; default 10)",
            "  --heartbeat-seconds  heartbeat of executing trials; a process silent for 6 heartbeats is presumed",
            "                       dead and its trials go to others (env HEARTBEAT_SECONDS; default 10)",
            "  --checkpoint-seconds how often a running trial saves its whole state, 0.1 or more",
            "                       (env CHECKPOINT_SECONDS; default 5)",
            "  --run-retention-days finished runs are deleted after this many days (env RUN_RETENTION_DAYS;",
            "                       default 7)",
            "  --trials-per-address unfinished trials one client address may have (env TRIALS_PER_ADDRESS;",
            "                       default 200)",
            "  --compute-per-address compute one client address may have queued or running",
            "                       (env COMPUTE_PER_ADDRESS; default 6e11)",
            "  --run-storage-mb     the most one run may store, curves and states (env RUN_STORAGE_MB;",
            "                       default 250)",
            "  --storage-mb         the most all kept runs may store together, 429 beyond (env STORAGE_MB;",
            "                       default 8000)",
            "  --class-retention-days classes and attempts are deleted after this many days",
            "                       (env PLAYGROUND_CLASS_RETENTION_DAYS; default 90)",
            "  --class-attempts     attempts one class keeps, 429 beyond (env PLAYGROUND_CLASS_ATTEMPTS; default 1000)",
            "  --class-attempts-per-address attempts one client address may send one class in an hour",
            "                       (env PLAYGROUND_CLASS_ATTEMPTS_PER_ADDRESS; default 30)",
            "  --classes-per-address classes one client address may create in an hour",
            "                       (env PLAYGROUND_CLASSES_PER_ADDRESS; default 20)");

    /**
     * Reports a bad command line: the problem and the usage line on standard error, exit 2; or,
     * for --help (a null message), the usage line on standard output, exit 0.
     */
    public static int fail(UsageException e, String usage, PrintStream out, PrintStream err) {
        if (e.getMessage() == null) {
            out.println(usage);
            return 0;
        }
        err.println("error: " + e.getMessage());
        err.println(usage);
        return EXIT_USAGE;
    }
}
