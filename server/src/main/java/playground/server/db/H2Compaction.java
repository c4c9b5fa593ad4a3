package playground.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an H2 file from growing while the server runs. H2 appends every commit to the file and
 * reuses the space of old writes only once nothing in them is live; its own background compaction,
 * which moves the few live pages out of mostly dead space, runs only with a write delay, and we
 * write every commit at once ({@code WRITE_DELAY=0}, for durability). So this does that compaction
 * every {@link #EVERY_SECONDS} seconds. H2 still keeps replaced data for its retention time (45 s)
 * before it overwrites it, so a crash never finds a half-overwritten file.
 */
final class H2Compaction implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(H2Compaction.class);
    static final int EVERY_SECONDS = 10;
    /** Pages of stretches of the file less full than this are moved. */
    private static final int TARGET_FILL_PERCENT = 80;
    /** At most this much is rewritten at a time, so a pass stays short. */
    private static final int MAX_WRITE_BYTES = 16 << 20;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "h2-compaction");
        t.setDaemon(true);
        return t;
    });

    H2Compaction(DataSource dataSource) {
        timer.scheduleWithFixedDelay(() -> compact(dataSource), EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private static void compact(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            MVStore store = session.getDatabase().getStore().getMvStore();
            store.compact(TARGET_FILL_PERCENT, MAX_WRITE_BYTES);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("H2 compaction skipped: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
