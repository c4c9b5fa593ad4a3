package playground.server.cli;

/** A bad command line; a null message means the user asked for help. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
