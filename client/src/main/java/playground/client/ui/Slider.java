package playground.client.ui;

import java.util.function.DoubleFunction;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import playground.core.Numbers;

/**
 * A labelled range input for one number, with its value shown beside the label. The playground
 * binds it to a configuration key, the lessons to their models' parameters. Its field carries
 * {@code data-control} (so embeds can hide or lock it by name).
 */
public final class Slider {
    public interface Listener {
        void changed(double value);
    }

    public final HTMLInputElement input;
    private final HTMLElement output;
    private DoubleFunction<String> shown;

    /** {@code fieldClass}: the field's CSS classes; {@code show}: a value as shown beside the label. */
    public Slider(HTMLElement parent, String fieldClass, String control, String labelKey, double min, double max,
            double step, DoubleFunction<String> show, Listener listener) {
        this.shown = show;
        HTMLElement field = Dom.el(parent, "div", fieldClass);
        field.setAttribute("data-control", control);
        HTMLElement head = Dom.el(field, "div", "slider-head");
        input = Dom.input(null, "range", null);
        Dom.label(head, labelKey, input);
        output = Dom.el(head, "output", "slider-value");
        output.setAttribute("for", input.getId());
        field.appendChild(input);
        input.setAttribute("min", Js.precision(min, 12));
        input.setAttribute("max", Js.precision(max, 12));
        input.setAttribute("step", Js.precision(step, 12));
        Dom.on(input, "input", e -> {
            double v = value();
            output.setTextContent(shown.apply(v));
            listener.changed(v);
        });
    }

    public double value() {
        return Numbers.parse(input.getValue());
    }

    /** Shows {@code v} without telling the listener (the value came from elsewhere). */
    public void set(double v) {
        input.setValue(Js.precision(v, 12));
        output.setTextContent(shown.apply(v));
    }

    /** Shows values through {@code show} instead. */
    public Slider showing(DoubleFunction<String> show) {
        shown = show;
        output.setTextContent(show.apply(value()));
        return this;
    }

    /** Calls {@code done} when a drag (or a keyboard change) ends. */
    public void onRelease(Runnable done) {
        Dom.on(input, "change", e -> done.run());
    }

    public void setDisabled(boolean disabled) {
        input.setDisabled(disabled);
    }
}
