package playground.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server's production code stands on its own: it imports no benchmark and nothing from test
 * sources, holds no benchmark itself, and its feature packages import nothing from the layer
 * above them (the {@code playground.server} package that assembles them, and {@code cli} that
 * starts it). A plain scan of the sources' import lines; and, for every module's sources, a scan
 * for fully qualified names where an import would do.
 */
class ProductionImportsTest {
    /** Surefire runs in the module folder. */
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TEST = Path.of("src/test/java");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;",
            Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** Packages of code that only tests and benchmarks may use. */
    private static final List<String> TEST_ONLY = List.of("playground.bench", "org.junit", "org.openqa",
            "org.openjdk.jmh");

    @Test
    void productionImportsNoBenchmarkAndNothingFromTestSources() throws IOException {
        Set<String> testClasses = new TreeSet<>();
        for (Path file : javaFiles(TEST)) testClasses.add(className(file, Files.readString(file)));
        List<String> wrong = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            for (String imported : imports(Files.readString(file))) {
                boolean testOnly = TEST_ONLY.stream().anyMatch(p -> imported.equals(p) || imported.startsWith(p + "."))
                        || testClasses.stream().anyMatch(c -> imported.equals(c) || imported.startsWith(c + "."));
                if (testOnly) wrong.add(MAIN.relativize(file) + " imports " + imported);
            }
        }
        assertEquals(List.of(), wrong, "production code importing test or benchmark code");
    }

    @Test
    void noBenchmarkInProductionSources() throws IOException {
        List<String> benchmarks = javaFiles(MAIN).stream().map(f -> MAIN.relativize(f).toString())
                .filter(f -> f.endsWith("Benchmark.java")).toList();
        assertEquals(List.of(), benchmarks, "benchmarks belong in bench/");
    }

    @Test
    void featurePackagesImportNothingFromTheLayersAboveThem() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> files = javaFiles(MAIN);
        assertTrue(files.size() > 20, "the scan found the sources in " + MAIN.toAbsolutePath());
        for (Path file : files) {
            String source = Files.readString(file);
            String pkg = packageOf(source);
            boolean feature = pkg.startsWith("playground.server.") && !pkg.equals("playground.server.cli");
            if (!feature) continue;
            for (String imported : imports(source)) {
                boolean fromRoot = imported.matches("playground\\.server\\.[A-Z]\\w*(\\..*)?");
                boolean fromCli = imported.startsWith("playground.server.cli.");
                if (fromRoot || fromCli) wrong.add(MAIN.relativize(file) + " imports " + imported);
            }
        }
        assertEquals(List.of(), wrong, "feature packages importing the server that assembles them");
    }

    /**
     * A qualified class name in code (outside imports, comments and string literals), where an
     * import would do. Javadoc may name classes in full.
     */
    @Test
    void noFullyQualifiedNamesWhereAnImportWouldDo() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path root : List.of(MAIN, TEST, Path.of("../shared/src"), Path.of("../bench/src"))) {
            if (!Files.isDirectory(root)) continue;
            for (Path file : javaFiles(root)) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String code = codeOf(lines.get(i));
                    if (QUALIFIED.matcher(code).find()) wrong.add(file + ":" + (i + 1));
                }
            }
        }
        assertEquals(List.of(), wrong, "fully qualified names in code");
    }

    private static final Pattern QUALIFIED =
            Pattern.compile("(?<![\\w.])(?:java|javax|org|com|io|playground)(?:\\.[a-z]\\w*)+\\.[A-Z]");

    /** The line without imports, comments and string or character literals. */
    private static String codeOf(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("import ") || trimmed.startsWith("package ") || trimmed.startsWith("*")
                || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
            return "";
        }
        String code = line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("'(?:[^'\\\\]|\\\\.)'", "''");
        int comment = code.indexOf("//");
        return comment >= 0 ? code.substring(0, comment) : code;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<String> imports(String source) {
        List<String> names = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    private static String packageOf(String source) {
        Matcher m = PACKAGE.matcher(source);
        return m.find() ? m.group(1) : "";
    }

    private static String className(Path file, String source) {
        String simple = file.getFileName().toString().replace(".java", "");
        String pkg = packageOf(source);
        return pkg.isEmpty() ? simple : pkg + "." + simple;
    }
}
