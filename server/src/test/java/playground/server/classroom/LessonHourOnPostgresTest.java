package playground.server.classroom;

import playground.server.db.DatabaseOptions;
import playground.server.testing.PostgresServer;

/** A lesson hour with a class on a real PostgreSQL server (a throwaway cluster; see {@link PostgresServer}). */
class LessonHourOnPostgresTest extends LessonHourContract {
    @Override
    DatabaseOptions database() {
        return PostgresServer.shared().createDatabase();
    }
}
