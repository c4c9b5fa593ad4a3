package playground.client.lessons;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;
import playground.client.ui.Dom;

/**
 * Starts the lessons in a page: every element with {@code data-lesson="name"} becomes that
 * lesson's widget. A lesson page holds one, the tour all five, an embed one without chrome.
 */
public final class Lessons {
    private Lessons() {}

    /** {@code en} and {@code zh} are the translations (the playground's and the lessons' keys). */
    public static void start(String en, String zh) {
        LessonPage page = new LessonPage(en, zh);
        NodeList<? extends HTMLElement> widgets = Dom.doc().querySelectorAll("[data-lesson]");
        for (int i = 0; i < widgets.getLength(); i++) {
            HTMLElement root = widgets.get(i);
            root.getClassList().add("lesson-widget");
            mount(root.getAttribute("data-lesson"), root, page);
            page.applyControlOptions(root);
        }
        page.translate();
        // the index's embed snippet names this very site, whatever address it was reached at
        NodeList<? extends HTMLElement> origins = Dom.doc().querySelectorAll("[data-site-origin]");
        for (int i = 0; i < origins.getLength(); i++) origins.get(i).setTextContent(origin());
        HTMLElement loading = Dom.byId("loading");
        if (loading != null) loading.setHidden(true);
        HTMLElement content = Dom.byId("embed-content");
        if (content != null) page.startEmbed(content);
        Dom.doc().getDocumentElement().setAttribute("data-lessons", "ready");
    }

    @JSBody(script = "return location.origin;")
    private static native String origin();

    private static void mount(String name, HTMLElement root, LessonPage page) {
        switch (name) {
            case LinearRegressionLesson.NAME: new LinearRegressionLesson(root, page); break;
            case OverfittingLesson.NAME: new OverfittingLesson(root, page); break;
            case NeuronLesson.NAME: new NeuronLesson(root, page); break;
            case DepthWidthLesson.NAME: new DepthWidthLesson(root, page); break;
            case BackpropLesson.NAME: new BackpropLesson(root, page); break;
            default:
                root.setTextContent("Unknown lesson: " + name);
                root.getClassList().add("error");
        }
    }
}
