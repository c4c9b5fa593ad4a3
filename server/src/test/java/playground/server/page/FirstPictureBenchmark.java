package playground.server.page;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How soon a first visit shows the output picture, and how many bytes it transfers: the jar's
 * server ({@code serve}) on loopback, a fresh headless Chromium per visit (empty cache), the
 * median of several visits per bundle. Run by {@code bash scripts/bench-first-picture.sh}
 * (see BENCHMARKS.md); {@code -Dfirstpicture.jars=a.jar,classes} measures other builds' jars
 * and this checkout's classes.
 */
@Tag("benchmark")
class FirstPictureBenchmark {
    private static final Pattern SERVING = Pattern.compile("serving on (http://localhost:\\d+/).*");
    private static final int VISITS = Integer.getInteger("firstpicture.visits", 7);

    @Test
    void measureBothBundles() throws Exception {
        StringBuilder report = new StringBuilder();
        for (String build : System.getProperty("firstpicture.jars", "target/playground.jar").split(",")) {
            report.append(measure(build)).append("\n");
        }
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "first-picture.md"), report.toString());
    }

    /** {@code build}: a jar, or {@code classes} for this checkout's classes (the jar's content before packaging). */
    private static String measure(String build) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (build.equals("classes")) {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "playground.server.Main"));
        } else {
            Path jar = Path.of(build).toAbsolutePath();
            assertTrue(Files.isRegularFile(jar), "no jar at " + jar + ": build it first");
            command.addAll(List.of("-jar", jar.toString()));
        }
        command.addAll(List.of("serve", "--port", "0"));
        Path work = Files.createTempDirectory("first-picture-");
        Process server = new ProcessBuilder(command)
                .directory(work.toFile()).redirectError(work.resolve("server.log").toFile()).start();
        try {
            String base = baseUrl(server);
            FirstVisit.of(base + "?runtime=wasm"); // the server's own warm-up (JIT, compressed files)
            StringBuilder report = new StringBuilder(Path.of(build).getFileName() + ", median of " + VISITS
                    + " first visits\n\n| Bundle | Navigation → first output picture | Transferred (gzip) |\n|---|---:|---:|\n");
            StringBuilder files = new StringBuilder();
            for (String runtime : List.of("wasm", "js")) {
                List<FirstVisit> visits = new ArrayList<>();
                for (int i = 0; i < VISITS; i++) visits.add(FirstVisit.of(base + "?runtime=" + runtime));
                double millis = median(visits.stream().mapToDouble(FirstVisit::firstPictureMillis).toArray());
                double bytes = median(visits.stream().mapToDouble(FirstVisit::totalBytes).toArray());
                report.append(String.format("| %s | %.0f ms | %.0f KB |%n", runtime.toUpperCase(), millis, bytes / 1000));
                files.append("\n").append(runtime).append(", one visit (bytes, fetches, path):\n");
                for (Map.Entry<String, Long> e : new TreeMap<>(visits.get(0).bytesByPath()).entrySet()) {
                    files.append(String.format("%9d %2d %s%n", e.getValue(),
                            visits.get(0).fetchesByPath().get(e.getKey()), e.getKey()));
                }
            }
            return report.append(files).toString();
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static String baseUrl(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            Matcher serving = SERVING.matcher(line);
            if (serving.matches()) return serving.group(1);
        }
        throw new IllegalStateException("the server stopped before serving");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
