package playground.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The server's database: a pool of connections (HikariCP) to an up-to-date schema (Flyway). One
 * per server process; everything that stores something (experiments, jobs) borrows connections
 * from {@link #dataSource()}.
 */
public final class Database implements AutoCloseable {
    /**
     * How long a request waits for a free or new connection before the database counts as
     * unreachable: the reader gets a 503 after two seconds rather than a page that hangs, and the
     * pool retries connecting at about this pace once the database is back.
     */
    private static final long CONNECTION_TIMEOUT_MS = 2_000;
    private static final int POOL_SIZE = 10;

    private final HikariDataSource dataSource;
    private final Vendor vendor;

    private Database(HikariDataSource dataSource, Vendor vendor) {
        this.dataSource = dataSource;
        this.vendor = vendor;
    }

    /**
     * Connects, migrates the schema and returns the open database.
     *
     * @param metrics where the pool reports its gauges (connections in use, waits), or null
     * @throws DatabaseException when the database cannot be reached or migrated
     */
    public static Database open(DatabaseOptions options, MeterRegistry metrics) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("playground-db");
        config.setJdbcUrl(options.connectionUrl());
        if (options.user() != null) config.setUsername(options.user());
        if (options.password() != null) config.setPassword(options.password());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        if (metrics != null) config.setMetricRegistry(metrics);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseException("cannot connect to " + options.describe() + ": " + rootMessage(e), e);
        }
        try {
            Migrations.migrate(dataSource, options.vendor());
        } catch (RuntimeException e) {
            dataSource.close();
            throw new DatabaseException("cannot migrate " + options.describe() + ": " + rootMessage(e), e);
        }
        return new Database(dataSource, options.vendor());
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
        return vendor;
    }

    /**
     * Whether the database answers a query within two seconds (for /health). A pooled connection
     * that died with the database fails its query, which makes the pool drop it; the next try
     * takes another. Every pooled connection may have died, so it tries one more time than the
     * pool holds: the last try gets a fresh connection, and the answer is right at once when the
     * database is back.
     */
    public boolean isReachable() {
        for (int attempt = 0; attempt <= POOL_SIZE; attempt++) {
            Connection connection;
            try {
                connection = dataSource.getConnection();
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

    @Override
    public void close() {
        dataSource.close();
    }
}
