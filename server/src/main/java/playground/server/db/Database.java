package playground.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The server's database: a pool of connections (HikariCP) to an up-to-date schema (Flyway). One
 * per server process; everything that stores something (experiments, jobs) borrows connections
 * from {@link #dataSource()}. Work that must not wait behind readers (trials) takes its own pool
 * ({@link #openPool}); /health asks the database through a pool of its own, so that a pool busy
 * with readers is not taken for a database that is down.
 */
public final class Database implements AutoCloseable {
    /**
     * How long a request waits for a free or new connection before the database counts as
     * unreachable: the reader gets a 503 after two seconds rather than a page that hangs, and the
     * pool retries connecting at about this pace once the database is back.
     */
    private static final long CONNECTION_TIMEOUT_MS = 2_000;
    private static final int POOL_SIZE = 10;

    /** Connections of the pool that only /health uses. */
    private static final int HEALTH_POOL_SIZE = 1;

    private final HikariDataSource dataSource;
    private final DatabaseOptions options;
    /** Null for a pool opened with {@link #openPool}: health is asked of the main one. */
    private final HikariDataSource healthPool;
    /** For an H2 file, on the main pool only; else null. */
    private final H2Compaction compaction;

    private Database(HikariDataSource dataSource, DatabaseOptions options, HikariDataSource healthPool) {
        this.dataSource = dataSource;
        this.options = options;
        this.healthPool = healthPool;
        this.compaction = healthPool != null && options.localFile() != null ? new H2Compaction(dataSource) : null;
    }

    /** What /health says about the database. */
    public enum Health {
        /** It answers, and the pool has a connection free (or can open one). */
        OK,
        /** It answers, but every pooled connection is in use: requests wait for one. */
        BUSY,
        /** It does not answer. */
        DOWN
    }

    /**
     * Connects, migrates the schema and returns the open database.
     *
     * @param metrics where the pool reports its gauges (connections in use, waits), or null
     * @throws DatabaseException when the database cannot be reached or migrated
     */
    public static Database open(DatabaseOptions options, MeterRegistry metrics) {
        HikariDataSource dataSource = pool(options, "playground-db", POOL_SIZE, metrics);
        try {
            Migrations.migrate(dataSource, options.vendor());
        } catch (RuntimeException e) {
            dataSource.close();
            throw new DatabaseException("cannot migrate " + options.describe() + ": " + rootMessage(e), e);
        }
        HikariDataSource health;
        try {
            health = pool(options, "playground-health", HEALTH_POOL_SIZE, null);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, options, health);
    }

    /**
     * Another pool of {@code size} connections to the same (migrated) database, for work that must
     * not wait for connections that readers hold. The caller closes it.
     */
    public Database openPool(String name, int size, MeterRegistry metrics) {
        return new Database(pool(options, name, size, metrics), options, null);
    }

    private static HikariDataSource pool(DatabaseOptions options, String name, int size, MeterRegistry metrics) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(options.connectionUrl());
        if (options.user() != null) config.setUsername(options.user());
        if (options.password() != null) config.setPassword(options.password());
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        if (metrics != null) config.setMetricRegistry(metrics);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseException("cannot connect to " + options.describe() + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /** The pooled connections; close each connection you borrow (try-with-resources). */
    public DataSource dataSource() {
        return dataSource;
    }

    public Vendor vendor() {
        return options.vendor();
    }

    /**
     * For /health: whether the database answers (asked through the health pool, never waiting
     * behind readers) and whether this pool has a connection free.
     */
    public Health health() {
        if (!isReachable()) return Health.DOWN;
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
        boolean busy = pool != null && pool.getActiveConnections() >= POOL_SIZE;
        return busy ? Health.BUSY : Health.OK;
    }

    /**
     * Whether the database answers a query within two seconds. A pooled connection that died with
     * the database fails its query, which makes the pool drop it; the next try takes another. Every
     * pooled connection may have died, so it tries one more time than the pool holds: the last try
     * gets a fresh connection, and the answer is right at once when the database is back.
     */
    public boolean isReachable() {
        HikariDataSource pool = healthPool != null ? healthPool : dataSource;
        int size = pool.getMaximumPoolSize();
        for (int attempt = 0; attempt <= size; attempt++) {
            Connection connection;
            try {
                connection = pool.getConnection();
            } catch (SQLException e) {
                return false; // the pool tried for its whole timeout: no need to wait twice
            }
            try (connection; Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(2);
                statement.execute("SELECT 1");
                return true;
            } catch (SQLException e) {
                // a pooled connection that died: the pool drops it, the next try gets a fresh one
            }
        }
        return false;
    }

    /** Work done with one connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in one transaction: committed when it returns (so what it wrote is on disk
     * before the caller answers anyone), rolled back when it throws.
     */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        // The pool restores auto-commit when the connection comes back to it.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Free bytes on the disk that holds an H2 database file, or -1 when this process cannot tell
     * (PostgreSQL's disk, an in-memory or remote H2 database).
     */
    public long freeDiskBytes() {
        Path file = options.localFile();
        if (file == null) return -1;
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? -1 : folder.toFile().getUsableSpace();
    }

    @Override
    public void close() {
        if (compaction != null) compaction.close();
        dataSource.close();
        if (healthPool != null) healthPool.close();
    }
}
