package playground.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server in a child JVM ({@code playground.server.Main serve} from the test classpath, so no
 * jar needs to be built first), to be killed like a crashed process. Standard error goes to a log file
 * whose text a failing test shows.
 */
public final class ServerProcess {
    private static final Pattern SERVING = Pattern.compile("serving on http://localhost:(\\d+)/.*");
    private static final long START_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code serve --port 0} with these extra arguments and waits until it serves.
     *
     * @param log where the child's standard error goes (appended)
     */
    public static ServerProcess start(Path log, String... serveArguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1", // starts faster; these servers live for seconds
                "-cp", System.getProperty("java.class.path"),
                "playground.server.Main", "serve", "--port", "0"));
        command.addAll(List.of(serveArguments));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> readPort(out));
        try {
            return new ServerProcess(process, port.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS), log);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not start: " + e + "\n" + tail(log), e);
        }
    }

    /** Reads standard output until the server says where it serves; keeps draining it afterwards. */
    private static int readPort(BufferedReader out) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher serving = SERVING.matcher(line);
                if (serving.matches()) {
                    Thread drain = new Thread(() -> drain(out), "server-process-stdout");
                    drain.setDaemon(true);
                    drain.start();
                    return Integer.parseInt(serving.group(1));
                }
            }
            throw new IllegalStateException("the server exited before serving");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // discard: the child must never block on a full pipe
            }
        } catch (IOException e) {
            // the process died; nothing more to read
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hook runs. Returns the exit status (137). */
    public int kill() {
        process.destroyForcibly();
        return waitForExit();
    }

    /** SIGTERM: the shutdown hook closes the server and the database cleanly. */
    public int stop() {
        process.destroy();
        return waitForExit();
    }

    private int waitForExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The end of the child's log, for failure messages. */
    public String logTail() {
        return tail(log);
    }

    private static String tail(Path log) {
        try {
            String text = Files.exists(log) ? Files.readString(log) : "";
            return text.length() > 4000 ? "…" + text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
