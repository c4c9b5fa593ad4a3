package playground.server.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.server.ServerOptions;
import playground.server.classes.ClassLimits;
import playground.server.WebServer;
import playground.server.db.DatabaseException;
import playground.server.db.DatabaseOptions;
import playground.server.http.RateLimiter;
import playground.server.runs.RunLimits;
import playground.server.runs.RunOptions;

/**
 * {@code serve [--port N] [--database-url URL] [--database-user U] [--database-password P]
 * [--workers N] [--writes-per-minute N] [--public-url URL] [--run-budget UNITS] [--max-queued-trials N]
 * [--runs-per-minute N] [--heartbeat-seconds N] [--checkpoint-seconds N] [--run-retention-days N]
 * [--trials-per-address N] [--compute-per-address UNITS] [--run-storage-mb N] [--storage-mb N]
 * [--class-retention-days N] [--class-attempts N] [--class-attempts-per-address N] [--classes-per-address N]}:
 * starts the web server (and, with workers, the execution of server runs) and returns; its threads
 * keep the JVM alive. Each flag has an environment variable (docs/operations.md); flags win.
 */
public final class ServeCommand {
    private ServeCommand() {}

    /** A flag and the environment variable that stands for it. */
    private record Option(String flag, String env) {}

    private static final Option PORT = new Option("--port", "PORT");
    private static final Option DATABASE_URL = new Option("--database-url", "DATABASE_URL");
    private static final Option DATABASE_USER = new Option("--database-user", "DATABASE_USER");
    private static final Option DATABASE_PASSWORD = new Option("--database-password", "DATABASE_PASSWORD");
    private static final Option WORKERS = new Option("--workers", "WORKERS");
    private static final Option WRITES_PER_MINUTE = new Option("--writes-per-minute", "WRITES_PER_MINUTE");
    private static final Option PUBLIC_URL = new Option("--public-url", "PUBLIC_URL");
    private static final Option RUN_BUDGET = new Option("--run-budget", "RUN_BUDGET");
    private static final Option MAX_QUEUED_TRIALS = new Option("--max-queued-trials", "MAX_QUEUED_TRIALS");
    private static final Option RUNS_PER_MINUTE = new Option("--runs-per-minute", "RUNS_PER_MINUTE");
    private static final Option HEARTBEAT_SECONDS = new Option("--heartbeat-seconds", "HEARTBEAT_SECONDS");
    private static final Option CHECKPOINT_SECONDS = new Option("--checkpoint-seconds", "CHECKPOINT_SECONDS");
    private static final Option RUN_RETENTION_DAYS = new Option("--run-retention-days", "RUN_RETENTION_DAYS");
    private static final Option WEB = new Option("--web", "WEB");
    private static final Option TRIALS_PER_ADDRESS = new Option("--trials-per-address", "TRIALS_PER_ADDRESS");
    private static final Option COMPUTE_PER_ADDRESS = new Option("--compute-per-address", "COMPUTE_PER_ADDRESS");
    private static final Option RUN_STORAGE_MB = new Option("--run-storage-mb", "RUN_STORAGE_MB");
    private static final Option STORAGE_MB = new Option("--storage-mb", "STORAGE_MB");
    private static final Option CLASS_RETENTION_DAYS =
            new Option("--class-retention-days", "PLAYGROUND_CLASS_RETENTION_DAYS");
    private static final Option CLASS_ATTEMPTS = new Option("--class-attempts", "PLAYGROUND_CLASS_ATTEMPTS");
    private static final Option CLASS_ATTEMPTS_PER_ADDRESS =
            new Option("--class-attempts-per-address", "PLAYGROUND_CLASS_ATTEMPTS_PER_ADDRESS");
    private static final Option CLASSES_PER_ADDRESS = new Option("--classes-per-address", "PLAYGROUND_CLASSES_PER_ADDRESS");
    private static final List<Option> OPTIONS = List.of(PORT, DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD, WORKERS, WEB,
            WRITES_PER_MINUTE, PUBLIC_URL, RUN_BUDGET, MAX_QUEUED_TRIALS, RUNS_PER_MINUTE, HEARTBEAT_SECONDS,
            CHECKPOINT_SECONDS, RUN_RETENTION_DAYS, TRIALS_PER_ADDRESS, COMPUTE_PER_ADDRESS, RUN_STORAGE_MB, STORAGE_MB,
            CLASS_RETENTION_DAYS, CLASS_ATTEMPTS, CLASS_ATTEMPTS_PER_ADDRESS, CLASSES_PER_ADDRESS);

    /**
     * @param args the arguments after the word {@code serve}
     * @param env the environment, where every option may also come from
     * @return 0 once serving, 2 for a bad command line, 1 when the server cannot start
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        ServerOptions options;
        try {
            options = parse(args, env);
        } catch (UsageException e) {
            if (e.getMessage() == null) { // asked for help
                out.println(Usage.SERVE);
                return 0;
            }
            err.println("error: " + e.getMessage());
            err.println(Usage.SERVE);
            return Usage.EXIT_USAGE;
        }
        WebServer server;
        try {
            server = WebServer.start(options);
        } catch (DatabaseException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("error: cannot start the server: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
        String role = !options.web() ? "workers only (" + options.workers() + " threads; /health and /metrics)"
                : options.workers() == 0 ? "web only" : "web and " + options.workers() + " worker threads";
        out.println("serving on http://localhost:" + server.port() + "/ (database "
                + options.database().describe() + "; " + role + ")");
        return 0;
    }

    /** Flags win over the environment, the environment over the defaults. */
    public static ServerOptions parse(String[] args, Map<String, String> env) throws UsageException {
        Map<Option, String> given = new LinkedHashMap<>();
        Map<Option, String> source = new LinkedHashMap<>();
        for (Option option : OPTIONS) {
            String value = env.get(option.env());
            if (value != null && !value.isBlank()) {
                given.put(option, value.strip());
                source.put(option, option.env());
            }
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) throw new UsageException(null);
            Option option = null;
            String value = null;
            for (Option o : OPTIONS) {
                if (arg.equals(o.flag())) {
                    if (i + 1 >= args.length) throw new UsageException(o.flag() + ": missing value");
                    option = o;
                    value = args[++i];
                } else if (arg.startsWith(o.flag() + "=")) {
                    option = o;
                    value = arg.substring(o.flag().length() + 1);
                }
            }
            if (option == null) throw new UsageException("unknown option '" + arg + "'");
            given.put(option, value);
            source.put(option, option.flag());
        }

        ServerOptions options = ServerOptions.defaults();
        if (given.containsKey(PORT)) options = options.withPort(number(given, source, PORT, 0, 65535, "a port number"));
        if (given.containsKey(WORKERS)) {
            options = options.withWorkers(number(given, source, WORKERS, 0, 1024, "a number of threads from 0 to 1024"));
        }
        if (given.containsKey(WEB)) {
            String web = given.get(WEB).trim();
            if (!web.equals("on") && !web.equals("off")) {
                throw new UsageException(source.get(WEB) + ": not 'on' or 'off': '" + given.get(WEB) + "'");
            }
            if (web.equals("off") && options.workers() == 0) {
                throw new UsageException(source.get(WEB) + " off: a process that serves no web needs workers ("
                        + source.getOrDefault(WORKERS, WORKERS.flag()) + " is 0)");
            }
            options = options.withWeb(web.equals("on"));
        }
        if (given.containsKey(WRITES_PER_MINUTE)) {
            options = options.withWritesPerMinute(number(given, source, WRITES_PER_MINUTE, 0,
                    RateLimiter.MAX_PER_MINUTE, "a number of requests from 0 (no limit) to " + RateLimiter.MAX_PER_MINUTE));
        }
        if (given.containsKey(PUBLIC_URL)) {
            String url = given.get(PUBLIC_URL);
            if (!url.matches("https?://[^/?#\\s]+/?")) {
                throw new UsageException(source.get(PUBLIC_URL) + ": must be like https://playground.example.org, got '"
                        + url + "'");
            }
            options = options.withPublicUrl(url);
        }
        if (given.containsKey(DATABASE_URL) || given.containsKey(DATABASE_USER) || given.containsKey(DATABASE_PASSWORD)) {
            String url = given.getOrDefault(DATABASE_URL, DatabaseOptions.DEFAULT_URL);
            try {
                options = options.withDatabase(
                        DatabaseOptions.of(url, given.get(DATABASE_USER), given.get(DATABASE_PASSWORD)));
            } catch (IllegalArgumentException e) {
                throw new UsageException(source.getOrDefault(DATABASE_URL, DATABASE_URL.flag()) + ": " + e.getMessage());
            }
        }
        return options.withRuns(runOptions(given, source)).withClasses(classLimits(given, source));
    }

    private static ClassLimits classLimits(Map<Option, String> given, Map<Option, String> source)
            throws UsageException {
        ClassLimits limits = ClassLimits.defaults();
        if (given.containsKey(CLASS_RETENTION_DAYS)) {
            limits = limits.withRetention(Duration.ofDays(number(given, source, CLASS_RETENTION_DAYS, 1, 36500,
                    "a number of days from 1 to 36500")));
        }
        if (given.containsKey(CLASS_ATTEMPTS)) {
            limits = limits.withAttemptsPerClass(number(given, source, CLASS_ATTEMPTS, 1, 100_000,
                    "a number of attempts from 1 to 100000"));
        }
        if (given.containsKey(CLASS_ATTEMPTS_PER_ADDRESS)) {
            limits = limits.withAttemptsPerAddress(number(given, source, CLASS_ATTEMPTS_PER_ADDRESS, 1, 100_000,
                    "a number of attempts from 1 to 100000"));
        }
        if (given.containsKey(CLASSES_PER_ADDRESS)) {
            limits = limits.withClassesPerAddress(number(given, source, CLASSES_PER_ADDRESS, 1, 100_000,
                    "a number of classes from 1 to 100000"));
        }
        return limits;
    }

    private static RunOptions runOptions(Map<Option, String> given, Map<Option, String> source) throws UsageException {
        RunOptions runs = RunOptions.defaults();
        if (given.containsKey(RUN_BUDGET)) runs = runs.withBudget(units(given, source, RUN_BUDGET));
        if (given.containsKey(MAX_QUEUED_TRIALS)) {
            runs = runs.withMaxQueuedTrials(number(given, source, MAX_QUEUED_TRIALS, 1, 1_000_000,
                    "a number of trials from 1 to 1000000"));
        }
        if (given.containsKey(RUNS_PER_MINUTE)) {
            runs = runs.withRunsPerMinute(number(given, source, RUNS_PER_MINUTE, 0, RateLimiter.MAX_PER_MINUTE,
                    "a number of runs from 0 (no limit) to " + RateLimiter.MAX_PER_MINUTE));
        }
        if (given.containsKey(HEARTBEAT_SECONDS)) {
            runs = runs.withHeartbeat(Duration.ofSeconds(number(given, source, HEARTBEAT_SECONDS, 1, 3600,
                    "a number of seconds from 1 to 3600")));
        }
        if (given.containsKey(CHECKPOINT_SECONDS)) {
            String text = given.get(CHECKPOINT_SECONDS);
            double seconds;
            try {
                seconds = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                seconds = Double.NaN;
            }
            if (!(seconds >= 0.1 && seconds <= 3600)) {
                throw new UsageException(source.get(CHECKPOINT_SECONDS) + ": not a number of seconds from 0.1 to 3600: '"
                        + text + "'");
            }
            runs = runs.withCheckpoint(Duration.ofMillis(Math.round(seconds * 1000)));
        }
        if (given.containsKey(RUN_RETENTION_DAYS)) {
            runs = runs.withRetention(Duration.ofDays(number(given, source, RUN_RETENTION_DAYS, 1, 36500,
                    "a number of days from 1 to 36500")));
        }
        return runs.withLimits(runLimits(given, source));
    }

    private static RunLimits runLimits(Map<Option, String> given, Map<Option, String> source) throws UsageException {
        RunLimits limits = RunLimits.defaults();
        if (given.containsKey(TRIALS_PER_ADDRESS)) {
            limits = limits.withTrialsPerAddress(number(given, source, TRIALS_PER_ADDRESS, 1, 1_000_000,
                    "a number of trials from 1 to 1000000"));
        }
        if (given.containsKey(COMPUTE_PER_ADDRESS)) {
            limits = limits.withComputePerAddress(units(given, source, COMPUTE_PER_ADDRESS));
        }
        long run = limits.runStorageBytes();
        long total = limits.storageBytes();
        if (given.containsKey(RUN_STORAGE_MB)) {
            run = MB * number(given, source, RUN_STORAGE_MB, 1, 1_000_000, "a number of megabytes from 1 to 1000000");
        }
        if (given.containsKey(STORAGE_MB)) {
            total = MB * number(given, source, STORAGE_MB, 1, 1_000_000_000,
                    "a number of megabytes from 1 to 1000000000");
            if (!given.containsKey(RUN_STORAGE_MB)) run = Math.min(run, total);
        }
        if (run > total) {
            throw new UsageException(source.get(RUN_STORAGE_MB) + ": a run may not store more than all runs together ("
                    + source.getOrDefault(STORAGE_MB, STORAGE_MB.flag()) + " is " + total / MB + ")");
        }
        return limits.withStorage(run, total);
    }

    private static final long MB = 1_000_000;

    /** A number of compute units (epochs × points × parameters), like 2e11. */
    private static double units(Map<Option, String> given, Map<Option, String> source, Option option)
            throws UsageException {
        String text = given.get(option);
        double units;
        try {
            units = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            units = Double.NaN;
        }
        if (!(units >= 1) || units > 1e18) {
            throw new UsageException(source.get(option) + ": not a compute budget from 1 to 1e18 (like 2e11): '"
                    + text + "'");
        }
        return units;
    }

    private static int number(Map<Option, String> given, Map<Option, String> source, Option option, int min, int max,
            String what) throws UsageException {
        String text = given.get(option);
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ignored) {
            // reported below with the same message as an out-of-range number
        }
        throw new UsageException(source.get(option) + ": not " + what + ": '" + text + "'");
    }
}
