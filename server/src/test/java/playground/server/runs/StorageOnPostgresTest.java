package playground.server.runs;

import playground.server.db.DatabaseOptions;
import playground.server.testing.PostgresServer;

/** Storage on PostgreSQL: the database's size as PostgreSQL counts it (tables, indexes, TOAST). */
class StorageOnPostgresTest extends StorageContract {
    @Override
    DatabaseOptions database() {
        return PostgresServer.shared().createDatabase();
    }

    @Override
    long databaseBytes() throws Exception {
        return queryLong("SELECT pg_database_size(current_database())");
    }
}
