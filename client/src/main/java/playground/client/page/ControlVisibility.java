package playground.client.page;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;
import playground.client.ui.Dom;
import playground.config.ViewOptions;

/**
 * Applies a link's view options to the page: a hidden control (marked {@code data-control="name"},
 * names from {@code Schema.CONTROLS}) is not shown, a locked one shown but disabled, and
 * {@code hideText} hides the explanations (marked {@code about-text}), as the reference does.
 */
final class ControlVisibility {
    private final PageState state;

    ControlVisibility(PageState state) {
        this.state = state;
        state.listen((c, v) -> apply());
    }

    void apply() {
        ViewOptions view = state.view();
        HTMLElement root = Dom.doc().getDocumentElement();
        NodeList<? extends HTMLElement> controls = root.querySelectorAll("[data-control]");
        for (int i = 0; i < controls.getLength(); i++) {
            HTMLElement e = controls.get(i);
            String name = e.getAttribute("data-control");
            Dom.toggleClass(e, "control-hidden", view.isHidden(name));
            setLocked(e, view.isLocked(name));
        }
        NodeList<? extends HTMLElement> texts = root.querySelectorAll(".about-text");
        for (int i = 0; i < texts.getLength(); i++) Dom.toggleClass(texts.get(i), "control-hidden", view.hideText);
    }

    /** Disables the element if it is a control, and every control inside it. */
    @JSBody(params = {"e", "locked"}, script =
            "const controls = e.matches('button, input, select, textarea') ? [e] : [];"
            + "controls.push(...e.querySelectorAll('button, input, select, textarea'));"
            + "for (const control of controls) { if (locked) { control.disabled = true; control.dataset.locked = 'true'; }"
            + " else if (control.dataset.locked) { control.disabled = false; delete control.dataset.locked; } }")
    private static native void setLocked(HTMLElement e, boolean locked);
}
