package playground.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The client's rooms keep to their doors (each package's package-info says what it may use):
 * the worker's code and the core have no DOM (a Web Worker has no document; the core also runs
 * on the JVM), and the lessons never reach into the playground page. Reads the sources: every
 * import, and every fully qualified name in code.
 */
class ClientRoomsTest {
    private static final Path CLIENT = Paths.get("src/main/java/playground/client");
    private static final Path SHARED = Paths.get("../shared/src/main/java");

    /** The browser's document, window and canvas APIs. */
    private static final List<String> DOM = Arrays.asList(
            "org.teavm.jso.dom.", "org.teavm.jso.browser.", "org.teavm.jso.canvas.");
    /** The only classes of ui/ without DOM, so the worker may use them. */
    private static final List<String> DOM_FREE_UI = Arrays.asList(
            "playground.client.ui.Js", "playground.client.ui.Bundles");
    /**
     * The export classes behind the scripts and formulas: only the exports bundle carries them
     * (exports.ExportsMain), so the bundle the page and its worker load at start does not.
     */
    private static final List<String> EXPORTS_ONLY = Arrays.asList("PyTorchScript", "KerasScript", "PythonText",
            "ScriptExample", "MathMl", "MathMlElements", "NetworkFormulas", "LossFormula", "DisplayNumber");

    @Test
    void workerCodeHasNoDom() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path file : javaFiles(CLIENT.resolve("engine/worker"))) {
            for (String name : references(file)) {
                if (isDom(name) || isUiWithDom(name) || isRoom(name, "page", "sharing", "serverruns", "lessons", "classroom")) {
                    bad.add(file.getFileName() + " uses " + name);
                }
            }
        }
        assertEquals(List.of(), bad, "engine/worker runs in the Web Worker, without DOM");
    }

    @Test
    void theExportsBundleRunsInTheWorkerAndHoldsTheScriptsAndFormulas() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path file : javaFiles(CLIENT.resolve("exports"))) {
            for (String name : references(file)) {
                boolean client = name.startsWith("playground.client.") && !name.startsWith("playground.client.JsNumbers")
                        && !name.startsWith("playground.client.engine.Protocol") && !name.startsWith("playground.client.ui.Js")
                        && !isRoom(name, "exports");
                if (isDom(name) || client) bad.add(file.getFileName() + " uses " + name);
            }
        }
        for (Path file : javaFiles(CLIENT)) {
            if (file.startsWith(CLIENT.resolve("exports"))) continue;
            for (String name : references(file)) {
                boolean exportsOnly = EXPORTS_ONLY.stream().anyMatch(
                        cls -> name.equals("playground.export." + cls) || name.startsWith("playground.export." + cls + "."));
                if (exportsOnly || isRoom(name, "exports")) bad.add(file.getFileName() + " uses " + name);
            }
        }
        assertEquals(List.of(), bad, "the exports bundle (exports/) alone holds the scripts and formulas, loaded on demand");
    }

    @Test
    void domFreeUiClassesStayDomFree() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String cls : DOM_FREE_UI) {
            Path file = CLIENT.resolve("ui/" + cls.substring(cls.lastIndexOf('.') + 1) + ".java");
            for (String name : references(file)) {
                if (isDom(name) || isUiWithDom(name)) bad.add(file.getFileName() + " uses " + name);
            }
        }
        assertEquals(List.of(), bad, "the worker uses these ui classes: they must not touch the DOM");
    }

    @Test
    void coreHasNoDomAndNoClient() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path file : javaFiles(SHARED)) {
            for (String name : references(file)) {
                if (name.startsWith("org.teavm.jso") || name.startsWith("playground.client.")) {
                    bad.add(file.getFileName() + " uses " + name);
                }
            }
        }
        assertEquals(List.of(), bad, "shared/ is the core: plain Java, no browser, no client");
    }

    @Test
    void lessonsNeverUseThePlaygroundPage() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path file : javaFiles(CLIENT.resolve("lessons"))) {
            for (String name : references(file)) {
                if (isRoom(name, "page", "sharing", "serverruns", "classroom")) bad.add(file.getFileName() + " uses " + name);
            }
        }
        assertEquals(List.of(), bad, "lessons may use ui/, engine/ and the core, never the page");
    }

    @Test
    void roomsUseOnlyWhatTheirDoorsAllow() throws IOException {
        List<String> bad = new ArrayList<>();
        bad.addAll(misuses("ui", false, "engine", "page", "sharing", "serverruns", "lessons", "probes",
                "figure", "classroom"));
        bad.addAll(misuses("engine", false, "page", "sharing", "serverruns", "lessons", "probes", "engine.worker",
                "figure", "classroom"));
        bad.addAll(misuses("page/panels", true, "sharing", "serverruns", "lessons", "probes"));
        bad.addAll(misuses("figure", true, "page", "sharing", "serverruns", "lessons", "probes", "engine.worker",
                "classroom"));
        bad.addAll(misuses("sharing", true, "page", "serverruns", "lessons", "probes", "classroom"));
        bad.addAll(misuses("serverruns", true, "page", "sharing", "lessons", "probes"));
        bad.addAll(misuses("probes", true, "page", "sharing", "serverruns", "lessons"));
        bad.addAll(misuses("classroom", true, "page", "serverruns", "lessons", "probes"));
        // The teacher's page has its own bundle (classroom.teacher.TeacherMain): the playground
        // page's code never reaches it, and it reaches nothing of the playground page but the API.
        bad.addAll(misuses("classroom", false, "classroom.teacher"));
        bad.addAll(misuses("page", true, "classroom.teacher"));
        bad.addAll(misuses("classroom/teacher", true, "engine", "sharing", "figure"));
        for (Path file : javaFiles(CLIENT.resolve("classroom/teacher"))) {
            for (String name : references(file)) {
                if (isRoom(name, "classroom") && !isRoom(name, "classroom.teacher")
                        && !name.startsWith("playground.client.classroom.ClassApi")) {
                    bad.add("classroom/teacher/" + file.getFileName() + " uses " + name);
                }
            }
        }
        // The playground page's bundle (compiled from Main) carries neither the lessons, the
        // teacher's page nor the probes' exports: each has its own bundle (lessons.LessonsMain,
        // classroom.teacher.TeacherMain, probes.ProbesMain).
        bad.addAll(misuses("page", true, "lessons"));
        for (String name : references(CLIENT.resolve("Main.java"))) {
            if (isRoom(name, "lessons", "probes", "classroom.teacher")) bad.add("Main.java uses " + name);
        }
        for (Path file : javaFiles(CLIENT.resolve("page/panels"))) {
            for (String name : references(file)) {
                if (isRoom(name, "engine.worker") && !name.startsWith("playground.client.engine.worker.DiagramPainter")) {
                    bad.add(file.getFileName() + " uses " + name);
                }
            }
        }
        assertEquals(List.of(), bad, "each package-info says what its room may use");
    }

    /**
     * The server runs have their own bundle too (serverruns.ServerRunsMain): of that room, the
     * page's bundle carries only the door, ServerRuns (the button, the loading, the bridge), which
     * names no other class of its room than the bridge's interface. Same-package uses need no
     * import, so the door's code is read for the other classes' simple names. The room's other
     * classes reach the page only through the bridge: not the engine.
     */
    @Test
    void thePageCarriesOnlyTheServerRunsDoor() throws IOException {
        List<String> bad = new ArrayList<>();
        List<Path> pageFiles = new ArrayList<>(javaFiles(CLIENT.resolve("page")));
        pageFiles.add(CLIENT.resolve("Main.java"));
        for (Path file : pageFiles) {
            for (String name : references(file)) {
                if (isRoom(name, "serverruns") && !name.startsWith(DOOR + ".") && !name.equals(DOOR)) {
                    bad.add(file.getFileName() + " uses " + name);
                }
            }
        }
        String door = withoutCommentsAndText(read(CLIENT.resolve("serverruns/ServerRuns.java")));
        for (Path file : javaFiles(CLIENT.resolve("serverruns"))) {
            String cls = file.getFileName().toString().replace(".java", "");
            if (List.of("ServerRuns", "PageBridge", "package-info").contains(cls)) continue;
            if (Pattern.compile("\\b" + cls + "\\b").matcher(door).find()) bad.add("ServerRuns.java uses " + cls);
            for (String name : references(file)) {
                if (isRoom(name, "engine")) bad.add(file.getFileName() + " uses " + name + " (the page is the bridge's)");
            }
        }
        assertEquals(List.of(), bad, "the page's bundle would carry the server runs' room");
    }

    private static final String DOOR = "playground.client.serverruns.ServerRuns";


    /** The share bundle's own classes (sharing.ShareToolsMain is its entry point), and the figure. */
    private static final List<String> SHARE_BUNDLE_ONLY = Arrays.asList("ShareToolsMain", "SharePage", "SaveDialog",
            "MyExperiments", "EmbedGenerator", "EmbedPreview");
    /** The classes of sharing/ the page's bundle carries: what a first visit needs. */
    private static final List<String> SHARING_ON_THE_PAGE = Arrays.asList("Sharing", "ShareBundle", "ShareBridge",
            "GoalPanel", "EmbedMode", "ExperimentCard", "ExperimentCapture", "ExperimentApi", "OwnedExperiments",
            "SavedExperiment");

    @Test
    void thePageMeetsTheShareBundleOnlyThroughItsBridge() throws IOException {
        List<Path> pageSide = new ArrayList<>();
        pageSide.add(CLIENT.resolve("Main.java"));
        for (String room : Arrays.asList("page", "classroom", "serverruns", "engine", "ui")) {
            pageSide.addAll(javaFiles(CLIENT.resolve(room)));
        }
        for (String cls : SHARING_ON_THE_PAGE) pageSide.add(CLIENT.resolve("sharing/" + cls + ".java"));
        List<String> bad = new ArrayList<>();
        Pattern bundleOnly = Pattern.compile("\\b(" + String.join("|", SHARE_BUNDLE_ONLY) + ")\\b");
        for (Path file : pageSide) {
            String code = withoutCommentsAndText(read(file));
            Matcher m = bundleOnly.matcher(code);
            if (m.find()) bad.add(file.getFileName() + " uses " + m.group());
            for (String name : references(file)) {
                if (isRoom(name, "figure")) bad.add(file.getFileName() + " uses " + name);
            }
        }
        List<String> sharing = new ArrayList<>();
        for (Path file : javaFiles(CLIENT.resolve("sharing"))) sharing.add(file.getFileName().toString().replace(".java", ""));
        List<String> known = new ArrayList<>(SHARE_BUNDLE_ONLY);
        known.addAll(SHARING_ON_THE_PAGE);
        known.add("package-info");
        sharing.removeAll(known);
        assertEquals(List.of(), sharing, "sharing/ classes on neither list: say which bundle they belong to");
        assertEquals(List.of(), bad, "the page's bundle reaches the share bundle only through sharing.ShareBundle");
    }

    /** Uses of the {@code forbidden} rooms by the files of {@code room} (and its subpackages when {@code deep}). */
    private static List<String> misuses(String room, boolean deep, String... forbidden) throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path file : javaFiles(CLIENT.resolve(room))) {
            if (!deep && !file.getParent().equals(CLIENT.resolve(room))) continue;
            for (String name : references(file)) {
                if (isRoom(name, forbidden)) bad.add(room + "/" + file.getFileName() + " uses " + name);
            }
        }
        return bad;
    }

    @Test
    void everyRoomHasADoor() throws IOException {
        for (String room : Arrays.asList("ui", "engine", "engine/worker", "page", "page/panels", "sharing",
                "serverruns", "lessons", "probes", "figure", "classroom", "classroom/teacher", "exports")) {
            Path door = CLIENT.resolve(room).resolve("package-info.java");
            assertTrue(Files.isRegularFile(door), room + " has no package-info.java saying what it is");
            assertTrue(read(door).contains("May use"), door + " does not say what the room may use");
        }
    }

    @Test
    void theScanSeesImportsAndQualifiedNames() {
        List<String> found = references("package x;\nimport org.teavm.jso.dom.html.HTMLElement;\n"
                + "import static playground.client.page.PageState.Push.PUSH;\n"
                + "// org.teavm.jso.browser.Window in a comment is no use\n"
                + "class A { Object w = org.teavm.jso.browser.Window.current();\n"
                + "  String s = \"org.teavm.jso.dom.X\"; }\n");
        assertEquals(List.of("org.teavm.jso.dom.html.HTMLElement", "playground.client.page.PageState.Push.PUSH",
                "org.teavm.jso.browser.Window.current"), found);
        assertTrue(isDom(found.get(0)) && isRoom(found.get(1), "page") && isDom(found.get(2)));
        assertTrue(isUiWithDom("playground.client.ui.Dom") && !isUiWithDom("playground.client.ui.Js"));
    }

    private static boolean isDom(String name) {
        return DOM.stream().anyMatch(name::startsWith);
    }

    private static boolean isUiWithDom(String name) {
        return name.startsWith("playground.client.ui.") && DOM_FREE_UI.stream().noneMatch(
                ok -> name.equals(ok) || name.startsWith(ok + "."));
    }

    private static boolean isRoom(String name, String... rooms) {
        for (String room : rooms) {
            if (name.startsWith("playground.client." + room + ".")) return true;
        }
        return false;
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        assertTrue(Files.isDirectory(dir), dir.toAbsolutePath() + " is missing");
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    private static List<String> references(Path file) throws IOException {
        return references(read(file));
    }

    private static final Pattern NAME = Pattern.compile(
            "\\b(?:org\\.teavm\\.jso|playground)(?:\\.\\w+)+");

    /** Every qualified name of the browser APIs or the project in the code (imports included). */
    static List<String> references(String source) {
        String code = withoutCommentsAndText(source);
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(code);
        while (m.find()) {
            String name = m.group();
            if (code.startsWith("package", lineStart(code, m.start()))) continue;
            names.add(name);
        }
        return names;
    }

    /** The source with comments, strings and characters blanked out (line breaks kept). */
    static String withoutCommentsAndText(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < s.length() && s.charAt(i) != c) i += s.charAt(i) == '\\' ? 2 : 1;
                i++;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int lineStart(String code, int at) {
        return code.lastIndexOf('\n', at) + 1;
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
