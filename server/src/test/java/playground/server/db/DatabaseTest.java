package playground.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.server.testing.PostgresServer;

/** Opening the database: pool, migrations, H2's durable writes, clear errors. */
class DatabaseTest {
    @TempDir
    Path folder;

    /** V3__runs.sql (V2 is db-scheduler's table). */
    private static final String LATEST_MIGRATION = "6";

    private static String query(Database database, String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void anH2FileIsMigratedAndWritesEveryCommitAtOnce() throws SQLException {
        String history;
        try (Database database = Database.open(DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("db"), null, null), null)) {
            assertEquals(Vendor.H2, database.vendor());
            assertEquals(LATEST_MIGRATION, query(database, "SELECT MAX(\"version\") FROM \"flyway_schema_history\""));
            assertEquals("0", query(database, "SELECT COUNT(*) FROM experiment"));
            assertEquals("0", query(database,
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'"));
            assertTrue(database.isReachable());
            history = query(database, "SELECT COUNT(*) FROM \"flyway_schema_history\"");
        }
        // Opening again finds the schema up to date: nothing more is applied.
        try (Database again = Database.open(DatabaseOptions.of("jdbc:h2:file:" + folder.resolve("db"), null, null), null)) {
            assertEquals(history, query(again, "SELECT COUNT(*) FROM \"flyway_schema_history\""));
        }
    }

    @Test
    void postgresqlIsMigratedToo() throws SQLException {
        try (Database database = Database.open(PostgresServer.shared().createDatabase(), null)) {
            assertEquals(Vendor.POSTGRESQL, database.vendor());
            assertEquals(LATEST_MIGRATION, query(database, "SELECT MAX(version) FROM flyway_schema_history"));
            assertEquals("0", query(database, "SELECT COUNT(*) FROM experiment"));
        }
    }

    @Test
    void anUnreachableDatabaseIsAClearError() {
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(
                DatabaseOptions.of("jdbc:postgresql://127.0.0.1:1/none", "nobody", "secret"), null));
        assertTrue(e.getMessage().startsWith("cannot connect to jdbc:postgresql://127.0.0.1:1/none: "), e.getMessage());
        assertTrue(!e.getMessage().contains("secret"));
    }

    @Test
    void migrationsComeFromTheCommonFolderAndTheVendorsWhenItHasOne() {
        assertEquals("classpath:db/migration/common", Migrations.locations(Vendor.H2).get(0));
        for (Vendor vendor : Vendor.values()) {
            List<String> locations = Migrations.locations(vendor);
            assertTrue(locations.size() <= 2 && locations.stream().allMatch(l -> l.startsWith("classpath:db/migration/")),
                    locations.toString());
        }
    }
}
