package playground.server.classes;

import playground.server.db.DatabaseOptions;
import playground.server.testing.PostgresServer;

/** Classes on a real PostgreSQL server (a throwaway cluster; see {@link PostgresServer}). */
class ClassesApiOnPostgresTest extends ClassesApiContract {
    @Override
    DatabaseOptions database() {
        return PostgresServer.shared().createDatabase();
    }
}
