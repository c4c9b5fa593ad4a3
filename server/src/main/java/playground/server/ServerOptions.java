package playground.server;

/**
 * How to run the server. Grows with the server (database URL, worker threads, limits…).
 *
 * @param port TCP port; 0 picks a free one (tests)
 */
public record ServerOptions(int port) {
    public static final int DEFAULT_PORT = 7070;

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_PORT);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(newPort);
    }
}
