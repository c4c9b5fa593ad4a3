package playground.server;

import playground.server.classes.ClassLimits;
import playground.server.db.DatabaseOptions;
import playground.server.runs.RunOptions;

/**
 * How to run the server; {@code serve} fills it from flags and the environment (see
 * {@link playground.server.cli.ServeCommand}).
 *
 * @param port TCP port; 0 picks a free one (tests)
 * @param database where experiments and jobs are stored
 * @param workers threads for server-side training jobs; 0 = this process only serves the web
 * @param writesPerMinute POST/PUT/DELETE requests per minute and client address; 0 = no limit
 * @param publicUrl the address readers use (e.g. {@code https://playground.example.org}), for absolute
 *     links; null to take it from each request
 * @param runs limits and timing of server runs (budget, queue, heartbeats, checkpoints, retention)
 * @param web whether this process serves the site and the API; false = workers only (it answers
 *     just /health and /metrics on its port, for whoever watches it)
 * @param classes limits and retention of classes and their attempts
 */
public record ServerOptions(int port, DatabaseOptions database, int workers, int writesPerMinute, String publicUrl,
        RunOptions runs, boolean web, ClassLimits classes) {
    public static final int DEFAULT_PORT = 7070;
    public static final int DEFAULT_WRITES_PER_MINUTE = 30;

    public ServerOptions {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be from 0 to 65535");
        if (database == null) throw new IllegalArgumentException("database options required");
        if (workers < 0) throw new IllegalArgumentException("workers must be ≥ 0");
        if (writesPerMinute < 0) throw new IllegalArgumentException("writesPerMinute must be ≥ 0");
        if (runs == null) throw new IllegalArgumentException("run options required");
        if (!web && workers == 0) throw new IllegalArgumentException("a process without web needs workers");
        if (classes == null) throw new IllegalArgumentException("class limits required");
    }

    /** Port 7070, an H2 file under ./data, a worker per core, 30 writes a minute. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_PORT, DatabaseOptions.defaults(),
                Runtime.getRuntime().availableProcessors(), DEFAULT_WRITES_PER_MINUTE, null, RunOptions.defaults(), true,
                ClassLimits.defaults());
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(newPort, database, workers, writesPerMinute, publicUrl, runs, web, classes);
    }

    public ServerOptions withDatabase(DatabaseOptions newDatabase) {
        return new ServerOptions(port, newDatabase, workers, writesPerMinute, publicUrl, runs, web, classes);
    }

    public ServerOptions withWorkers(int newWorkers) {
        return new ServerOptions(port, database, newWorkers, writesPerMinute, publicUrl, runs, web, classes);
    }

    public ServerOptions withWritesPerMinute(int newWritesPerMinute) {
        return new ServerOptions(port, database, workers, newWritesPerMinute, publicUrl, runs, web, classes);
    }

    public ServerOptions withPublicUrl(String newPublicUrl) {
        return new ServerOptions(port, database, workers, writesPerMinute, newPublicUrl, runs, web, classes);
    }

    public ServerOptions withRuns(RunOptions newRuns) {
        return new ServerOptions(port, database, workers, writesPerMinute, publicUrl, newRuns, web, classes);
    }

    public ServerOptions withClasses(ClassLimits newClasses) {
        return new ServerOptions(port, database, workers, writesPerMinute, publicUrl, runs, web, newClasses);
    }

    public ServerOptions withWeb(boolean newWeb) {
        return new ServerOptions(port, database, workers, writesPerMinute, publicUrl, runs, newWeb, classes);
    }
}
