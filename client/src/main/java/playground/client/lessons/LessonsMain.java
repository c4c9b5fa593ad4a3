package playground.client.lessons;

import org.teavm.jso.JSExport;
import playground.client.JsNumbers;

/**
 * Entry point of the lessons' own bundles (lessons.wasm and lessons.js): the lesson widgets and
 * the core they draw, none of the playground page, so neither bundle carries the other's code.
 * web/lessons/lessons.js calls {@link #startLessons}.
 */
public final class LessonsMain {
    private LessonsMain() {}

    static {
        JsNumbers.install();
    }

    /** TeaVM needs a main method; the lesson script calls the export. */
    public static void main(String[] args) {}

    /**
     * Builds the lesson widgets of the current document (lesson pages, the tour, embeds);
     * {@code en} and {@code zh} are the playground's translations merged with the lessons' ones.
     */
    @JSExport
    public static void startLessons(String en, String zh) {
        Lessons.start(en, zh);
    }
}
