package playground.client;

import org.teavm.jso.JSExport;
import playground.client.page.PageApp;

/**
 * Entry point of the playground page's bundles (playground.wasm and playground.js). TeaVM
 * compiles it twice (JavaScript and WebAssembly GC); every {@code @JSExport public static} method
 * becomes a function the page can call. The other bundles have their own entry points, so this
 * one carries only the page: the worker's engine (engine.worker.WorkerMain), the lessons
 * (lessons.LessonsMain), a class's teacher page (classroom.teacher.TeacherMain) and what tests and
 * the benchmark page call (probes.ProbesMain).
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
     * of the same runtime, see engine.worker.WorkerMain);
     * {@code en} and {@code zh} are the texts of web/i18n/en.json and zh.json.
     */
    @JSExport
    public static void startPage(String runtime, String en, String zh) {
        PageApp.start(runtime, en, zh);
    }
}
