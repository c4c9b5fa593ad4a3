package playground.client;

import org.teavm.jso.JSExport;
import playground.client.classroom.TeacherPage;
import playground.client.page.PageApp;
import playground.client.ui.I18n;

/**
 * Entry point of the playground page's bundles (playground.wasm and playground.js). TeaVM
 * compiles it twice (JavaScript and WebAssembly GC); every {@code @JSExport public static} method
 * becomes a function the page can call. The other bundles have their own entry points, so this
 * one carries only the page: the worker's engine (engine.worker.WorkerMain), the lessons
 * (lessons.LessonsMain) and what tests and the benchmark page call (probes.ProbesMain).
 */
public final class Main {
    private Main() {}

    static {
        JsNumbers.install();
    }

    /** TeaVM needs a main method; the page drives everything through the exported functions. */
    public static void main(String[] args) {}

    /** Lets the page check that the bundle and the page come from the same build. */
    @JSExport
    public static String version() {
        return "2";
    }

    /**
     * Builds the playground page in the current document and starts its training worker.
     * {@code runtime} is the bundle the loader chose (the worker loads its own engine bundle
     * of the same runtime, see engine.worker.WorkerMain); {@code language} the one the page
     * opens in, {@code texts} its web/i18n/{language}.json; {@code otherTexts} fetches another
     * language's when the reader chooses it.
     */
    @JSExport
    public static void startPage(String runtime, String language, String texts, I18n.Fetch otherTexts) {
        PageApp.start(runtime, new I18n(language, texts, otherTexts));
    }

    // ---------------------------------------------------------------- the classroom

    /** Builds a class's teacher page (web/teacher.html); {@code en} and {@code zh} as for the playground. */
    @JSExport
    public static void startTeacher(String en, String zh) {
        TeacherPage.start(en, zh);
    }
}
