package playground.client.lessons;

import java.util.function.DoubleFunction;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import playground.client.ui.Dom;
import playground.client.ui.Js;

/** A labelled range input for one number, with its value shown beside the label. */
final class NumberSlider {
    interface Listener {
        void changed(double value);
    }

    final HTMLInputElement input;
    private final HTMLElement output;
    private DoubleFunction<String> shown;

    NumberSlider(HTMLElement parent, String control, String labelKey, double min, double max, double step, int digits,
            Listener listener) {
        this.shown = v -> Format.number(v, digits);
        HTMLElement field = Dom.el(parent, "div", "field slider lesson-slider");
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

    double value() {
        return Double.parseDouble(input.getValue());
    }

    /** Shows {@code v} without telling the listener (the value came from elsewhere). */
    void set(double v) {
        input.setValue(Js.precision(v, 12));
        output.setTextContent(shown.apply(v));
    }

    /** Shows values through {@code show} instead of as numbers with fixed decimals. */
    NumberSlider showing(DoubleFunction<String> show) {
        shown = show;
        output.setTextContent(show.apply(value()));
        return this;
    }
}
