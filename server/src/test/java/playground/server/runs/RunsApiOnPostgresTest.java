package playground.server.runs;

import playground.server.db.DatabaseOptions;
import playground.server.testing.PostgresServer;

/** The runs API on a real PostgreSQL server (a throwaway cluster; see {@link PostgresServer}). */
class RunsApiOnPostgresTest extends RunsApiContract {
    @Override
    DatabaseOptions database() {
        return PostgresServer.shared().createDatabase();
    }
}
