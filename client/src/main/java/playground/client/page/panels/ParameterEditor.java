package playground.client.page.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Js;

/**
 * A small box for typing new values of weights and biases: one labelled input per value, checked
 * as a finite number of reasonable size before anything changes. Enter applies, Escape closes,
 * and focus returns to where it came from. Only the values the reader changed are sent: training
 * goes on while the box is open, and the others must keep what training has given them since.
 */
public final class ParameterEditor {
    /** Larger values only break the pictures; the reference's weights stay far below. */
    static final double LIMIT = 1000;

    private final HTMLElement box;
    private final I18n i18n;
    private final HTMLElement title;
    private final HTMLElement fields;
    private final HTMLElement error;
    private final List<HTMLInputElement> inputs = new ArrayList<>();
    private final List<DoubleConsumer> setters = new ArrayList<>();
    /** The text each input opened with: an input still showing it was left alone. */
    private final List<String> shown = new ArrayList<>();
    private HTMLElement returnFocus;

    public ParameterEditor(HTMLElement parent, I18n i18n) {
        this.i18n = i18n;
        box = Dom.el(parent, "div", "editor");
        box.setAttribute("role", "dialog");
        box.setId("parameter-editor");
        box.setHidden(true);
        title = Dom.el(box, "h3", null);
        title.setId(Dom.uniqueId("editor-title"));
        box.setAttribute("aria-labelledby", title.getId());
        fields = Dom.el(box, "div", "editor-fields");
        error = Dom.el(box, "p", "error");
        error.setAttribute("role", "alert");
        HTMLElement buttons = Dom.el(box, "div", "dialog-buttons");
        Dom.button(buttons, "primary", "editor.apply", this::apply).setId("editor-apply");
        Dom.button(buttons, null, "editor.cancel", this::close);
        Dom.on(box, "keydown", e -> {
            KeyboardEvent k = e.cast();
            if ("Escape".equals(k.getKey())) {
                close();
            } else if ("Enter".equals(k.getKey()) && Dom.targetMatches(e, "input")) {
                e.preventDefault();
                apply();
            }
        });
    }

    /** Starts a new editor titled {@code heading}, anchored at {@code anchor} (viewport pixels). */
    void begin(String heading, HTMLElement from) {
        returnFocus = from;
        title.setTextContent(heading);
        fields.clear();
        inputs.clear();
        setters.clear();
        shown.clear();
        error.setTextContent("");
    }

    void add(String label, double value, DoubleConsumer setter) {
        HTMLInputElement input = Dom.input(null, "text", "number-input");
        input.setAttribute("inputmode", "decimal");
        String text = Js.precision(value, 6);
        input.setValue(text);
        HTMLElement field = Dom.el(fields, "div", "field");
        HTMLElement l = Dom.el(field, "label", null);
        l.setTextContent(label);
        l.setAttribute("for", input.getId());
        field.appendChild(input);
        inputs.add(input);
        setters.add(setter);
        shown.add(text);
    }

    void showAt(double x, double y) {
        box.setHidden(false);
        place(box, x, y);
        if (!inputs.isEmpty()) {
            inputs.get(0).focus();
            inputs.get(0).select();
        }
    }

    boolean isOpen() {
        return !box.isHidden();
    }

    void close() {
        box.setHidden(true);
        if (returnFocus != null) returnFocus.focus();
    }

    private void apply() {
        double[] values = new double[inputs.size()];
        for (int i = 0; i < values.length; i++) {
            double v = Js.parseNumber(inputs.get(i).getValue());
            if (!(v == v) || Math.abs(v) > LIMIT) {
                error.setTextContent(i18n.t("editor.invalid", Js.fixed(LIMIT, 0)));
                inputs.get(i).focus();
                return;
            }
            values[i] = v;
        }
        for (int i = 0; i < values.length; i++) {
            if (!inputs.get(i).getValue().equals(shown.get(i))) setters.get(i).accept(values[i]);
        }
        close();
    }

    @JSBody(params = {"box", "x", "y"}, script =
            "const boxWidth = box.offsetWidth, boxHeight = box.offsetHeight;"
            + "const leftPx = Math.max(4, Math.min(x, window.innerWidth - boxWidth - 4));"
            + "const topPx = Math.max(4, Math.min(y, window.innerHeight - boxHeight - 4));"
            + "box.style.left = leftPx + 'px'; box.style.top = topPx + 'px';")
    private static native void place(HTMLElement box, double x, double y);
}
