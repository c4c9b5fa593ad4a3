package playground.client.classroom;

import org.teavm.jso.JSBody;
import playground.client.engine.EngineClient;
import playground.client.engine.Experiment;
import playground.client.sharing.Sharing;
import playground.client.ui.I18n;
import playground.client.ui.Notice;
import playground.client.ui.PageMode;

/**
 * The classroom's part of the playground page: in the save dialog, the offer to make a class of a
 * saved challenge; on a class's page ({@code /c/{id}}, which the server marks with
 * {@code <meta name="playground-class">}), the student's class bar.
 */
public final class Classroom {
    private Classroom() {}

    public static void install(Sharing sharing, Experiment state, EngineClient engine, I18n i18n, Notice notice) {
        if (PageMode.isEmbed()) return;
        if (sharing.saveExtras() != null) new ClassLinks(sharing.saveExtras(), sharing, i18n, notice);
        String classId = classOnPage();
        if (classId != null && !classId.isEmpty()) new ClassBar(classId, sharing, state, engine, i18n);
    }

    @JSBody(script = "const tag = document.querySelector('meta[name=\"playground-class\"]');"
            + "return tag ? tag.getAttribute('content') : null;")
    private static native String classOnPage();
}
