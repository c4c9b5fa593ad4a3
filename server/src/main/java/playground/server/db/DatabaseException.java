package playground.server.db;

/** The database cannot be opened: unreachable, refused the login, or its schema cannot be migrated. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
