package playground.server.previews;

import playground.server.db.DatabaseOptions;
import playground.server.testing.PostgresServer;

/** Link previews on a real PostgreSQL server (a throwaway cluster; see {@link PostgresServer}). */
class LinkPreviewsOnPostgresTest extends LinkPreviewsContract {
    @Override
    DatabaseOptions database() {
        return PostgresServer.shared().createDatabase();
    }
}
