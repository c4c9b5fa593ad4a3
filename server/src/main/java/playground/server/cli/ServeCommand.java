package playground.server.cli;

import java.io.PrintStream;
import java.util.Map;
import playground.server.ServerOptions;
import playground.server.WebServer;

/** {@code serve [--port N]}: starts the web server and returns; its threads keep the JVM alive. */
public final class ServeCommand {
    private ServeCommand() {}

    /**
     * @param args the arguments after the word {@code serve}
     * @param env the environment, where {@code PORT} may come from
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        ServerOptions options;
        try {
            options = parse(args, env);
        } catch (UsageException e) {
            if (e.getMessage() == null) { // asked for help
                out.println(Usage.SERVE);
                return 0;
            }
            err.println("error: " + e.getMessage());
            err.println(Usage.SERVE);
            return Usage.EXIT_USAGE;
        }
        WebServer server = WebServer.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
        out.println("serving on http://localhost:" + server.port() + "/");
        return 0;
    }

    /** Flags win over the environment, the environment over the defaults. */
    public static ServerOptions parse(String[] args, Map<String, String> env) throws UsageException {
        ServerOptions options = ServerOptions.defaults();
        String envPort = env.get("PORT");
        if (envPort != null && !envPort.isBlank()) {
            options = options.withPort(port(envPort, "PORT"));
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new UsageException(null);
            } else if (arg.equals("--port")) {
                if (i + 1 >= args.length) throw new UsageException("--port: missing value");
                options = options.withPort(port(args[++i], "--port"));
            } else if (arg.startsWith("--port=")) {
                options = options.withPort(port(arg.substring("--port=".length()), "--port"));
            } else {
                throw new UsageException("unknown option '" + arg + "'");
            }
        }
        return options;
    }

    private static int port(String text, String name) throws UsageException {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException ignored) {
            // reported below with the same message as an out-of-range number
        }
        throw new UsageException(name + ": not a port number: '" + text + "'");
    }
}
