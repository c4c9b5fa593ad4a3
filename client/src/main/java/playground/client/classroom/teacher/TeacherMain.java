package playground.client.classroom.teacher;

import org.teavm.jso.JSExport;
import playground.client.JsNumbers;

/**
 * Entry point of the teacher page's own bundles (teacher.wasm and teacher.js): the class's
 * attempts table, its live stream and the class's actions, none of the playground page, whose
 * bundle in turn carries none of this page. web/js/teacher.js calls {@link #startTeacher}.
 */
public final class TeacherMain {
    private TeacherMain() {}

    static {
        JsNumbers.install();
    }

    /** TeaVM needs a main method; the page's script calls the export. */
    public static void main(String[] args) {}

    /** Builds a class's teacher page (web/teacher.html); {@code en} and {@code zh} are web/i18n/en.json and zh.json. */
    @JSExport
    public static void startTeacher(String en, String zh) {
        TeacherPage.start(en, zh);
    }
}
