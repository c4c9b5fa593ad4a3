package playground.client;

import org.teavm.jso.JSExport;
import playground.client.engine.worker.EngineWorker;
import playground.client.page.PageApp;
import playground.client.ui.I18n;

/**
 * Entry point of the playground page's bundles (playground.wasm and playground.js), which the
 * page and its training worker both run: the worker needs the core, the data and the painters the
 * page carries anyway, and loads the same content-named file, which the browser then serves from
 * its cache. TeaVM compiles it twice (JavaScript and WebAssembly GC); every
 * {@code @JSExport public static} method becomes a function the page or the worker can call. The
 * other bundles have their own entry points, so this one carries neither the lessons
 * (lessons.LessonsMain), nor a class's teacher page (classroom.teacher.TeacherMain), nor what
 * tests and the benchmark page call (probes.ProbesMain), nor what the page or the worker loads on
 * demand (serverruns.ServerRunsMain, sharing.ShareToolsMain, exports.ExportsMain).
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
     * {@code runtime} is the bundle the loader chose (the worker runs this bundle too, in the
     * same runtime: {@link #startWorker}); {@code language} the one the page opens in,
     * {@code texts} its web/i18n/{language}.json; {@code otherTexts} fetches another language's
     * when the reader chooses it.
     */
    @JSExport
    public static void startPage(String runtime, String language, String texts, I18n.Fetch otherTexts) {
        PageApp.start(runtime, new I18n(language, texts, otherTexts));
    }

    /** Called by web/js/worker.js inside the training worker: starts answering the page's messages (no DOM there). */
    @JSExport
    public static void startWorker() {
        EngineWorker.start();
    }
}
