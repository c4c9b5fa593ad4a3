package playground.server.experiments;

import playground.server.db.DatabaseOptions;
import playground.server.testing.PostgresServer;

/** The experiments API on a real PostgreSQL server (a throwaway cluster; see {@link PostgresServer}). */
class ExperimentsApiOnPostgresTest extends ExperimentsApiContract {
    @Override
    DatabaseOptions database() {
        return PostgresServer.shared().createDatabase();
    }
}
