package playground.server.classes;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes classes and attempts older than the retention ({@code --class-retention-days}) once at
 * start and then every hour. Every web process runs it; the deletes are idempotent, so processes
 * sharing a database only repeat each other's work. The students' experiments stay: they are
 * public links of their own.
 */
public final class ClassCleanup implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClassCleanup.class);
    public static final Duration EVERY = Duration.ofHours(1);
    /** The first clean-up waits a little, so it does not compete with the start. */
    private static final Duration FIRST_AFTER = Duration.ofMinutes(1);

    private final ClassStore store;
    private final ScheduledExecutorService timer;

    public ClassCleanup(ClassStore store) {
        this.store = store;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "class-cleanup");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::runQuietly, FIRST_AFTER.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One clean-up now; returns how many classes and attempts it deleted. */
    public int runNow() throws SQLException {
        Duration retention = store.limits().retention();
        int deleted = store.deleteOlderThan(Instant.now().minus(retention));
        if (deleted > 0) LOG.info("deleted {} classes and attempts older than {} days", deleted, retention.toDays());
        return deleted;
    }

    private void runQuietly() {
        try {
            runNow();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("cannot delete old classes now (trying again in {} minutes): {}", EVERY.toMinutes(), e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
