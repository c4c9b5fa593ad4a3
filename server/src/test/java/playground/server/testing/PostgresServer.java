package playground.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import playground.server.db.DatabaseOptions;

/**
 * A real, throwaway PostgreSQL server for tests: a fresh cluster in a temporary folder
 * ({@code initdb -A trust}), listening on 127.0.0.1 and a free port, stopped and deleted on close.
 * Uses Debian's binaries under {@code /usr/lib/postgresql/<version>/bin} (scripts/test.sh installs
 * the {@code postgresql} package). PostgreSQL refuses to run as root, so as root the commands run as
 * the {@code postgres} user ({@code runuser}), on a folder that user owns.
 *
 * <p>Use {@link #shared()} for one server per test JVM (stopped when the JVM exits) and
 * {@link #createDatabase()} for a fresh database per test class; use {@link #start()} for a server
 * of your own, for example to {@link #stop()} and {@link #restart()} it.
 */
public final class PostgresServer implements AutoCloseable {
    private static final String SUPERUSER = "postgres";
    private static final long COMMAND_TIMEOUT_SECONDS = 60;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer shared;

    private final Path bin;
    private final Path folder;
    private final Path data;
    private final Path log;
    private final int port;
    private boolean running;

    private PostgresServer(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.log = folder.resolve("server.log");
        this.port = port;
    }

    /** Creates a cluster and starts it. */
    public static PostgresServer start() {
        Path bin = findBinaries();
        Path folder = TestServer.newFolder("postgres-test-");
        PostgresServer server = new PostgresServer(bin, folder, freePort());
        try {
            if (isRoot()) giveToPostgresUser(folder);
            server.run(List.of(bin.resolve("initdb").toString(), "-D", server.data.toString(), "-A", "trust",
                    "-U", SUPERUSER, "-E", "UTF8", "--locale=C", "--no-sync"));
            server.restart();
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** One server for the whole test JVM, started on first use and stopped when the JVM exits. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stop-test-postgres"));
        }
        return shared;
    }

    /** Creates an empty database and returns how to reach it. */
    public DatabaseOptions createDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return DatabaseOptions.of(jdbcUrl(name), SUPERUSER, null);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Stops the server (fast shutdown: connections are cut); the data stays for {@link #restart()}. */
    public synchronized void stop() {
        if (!running) return;
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
        running = false;
    }

    /** Starts the server again on the same port and data. */
    public synchronized void restart() {
        if (running) return;
        // fsync off: a test cluster need not survive a power cut, and tests run faster without.
        String settings = "-c listen_addresses=127.0.0.1 -p " + port + " -c unix_socket_directories=" + folder
                + " -c fsync=off -c full_page_writes=off";
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-t", "30",
                "-o", settings, "start"));
        running = true;
    }

    /** Stops the server and deletes its folder. */
    @Override
    public void close() {
        try {
            stop();
        } catch (RuntimeException e) {
            // Deleting the folder below is what matters; a server without its folder dies anyway.
        } finally {
            TestServer.deleteRecursively(folder);
        }
    }

    private static Path findBinaries() {
        Path preferred = Path.of("/usr/lib/postgresql/15/bin");
        if (Files.isExecutable(preferred.resolve("initdb"))) return preferred;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb):"
                    + " run scripts/test.sh, which installs it, or apt-get install postgresql");
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void giveToPostgresUser(Path folder) {
        try {
            UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
            PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
            view.setOwner(users.lookupPrincipalByName(SUPERUSER));
            GroupPrincipal group = users.lookupPrincipalByGroupName(SUPERUSER);
            view.setGroup(group);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot give " + folder + " to the postgres user", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a PostgreSQL command (as the postgres user when we are root); fails with its output. */
    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", full));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("failed (" + process.exitValue() + "): " + String.join(" ", full) + "\n"
                        + new String(output, StandardCharsets.UTF_8) + serverLog());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + full.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
        }
    }

    private String serverLog() {
        try {
            return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
