package playground.client.page;

import java.util.function.IntFunction;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import playground.client.ui.Dom;

/**
 * A labelled range input bound to one integer configuration key: dragging writes the hash with
 * replaceState after the first step of the gesture, letting go ends the gesture.
 */
final class Slider {
    private final HTMLInputElement input;
    private final HTMLElement value;
    private final IntFunction<String> show;
    private final PageState state;
    private java.util.function.Predicate<playground.config.Config> enabled = c -> true;

    Slider(HTMLElement parent, PageState state, String key, String labelKey, int min, int max, int step,
            IntFunction<String> show) {
        this.show = show;
        this.state = state;
        HTMLElement field = Dom.el(parent, "div", "field slider");
        field.setAttribute("data-control", key);
        HTMLElement head = Dom.el(field, "div", "slider-head");
        input = Dom.input(null, "range", null);
        Dom.label(head, labelKey, input);
        value = Dom.el(head, "output", "slider-value");
        value.setAttribute("for", input.getId());
        field.appendChild(input);
        input.setAttribute("min", Integer.toString(min));
        input.setAttribute("max", Integer.toString(max));
        input.setAttribute("step", Integer.toString(step));
        Dom.on(input, "input", e -> {
            int v = Integer.parseInt(input.getValue());
            value.setTextContent(show.apply(v));
            state.change(key, v, PageState.Push.DRAG);
        });
        Dom.on(input, "change", e -> state.endDrag());
        state.listen((c, v) -> sync(((Number) state.config().toMap().get(key)).intValue()));
        sync(((Number) state.config().toMap().get(key)).intValue());
    }

    /** Greys the slider out when it means nothing (the number of points of custom data). */
    Slider enabledWhen(java.util.function.Predicate<playground.config.Config> rule) {
        enabled = rule;
        sync(((Number) state.config().toMap().get(key())).intValue());
        return this;
    }

    private String key() {
        return input.getParentNode().<HTMLElement>cast().getAttribute("data-control");
    }

    private void sync(int v) {
        input.setValue(Integer.toString(v));
        value.setTextContent(show.apply(v));
        input.setDisabled(!enabled.test(state.config()));
    }
}
