package playground.client.page.panels;

import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.page.PageState;
import playground.client.ui.Slider;
import playground.config.Config;

/**
 * A {@link Slider} bound to one integer configuration key: dragging writes the hash with
 * replaceState after the first step of the gesture, letting go ends the gesture.
 */
final class ConfigSlider {
    private final Slider slider;
    private final PageState state;
    private final String key;
    private Predicate<Config> enabled = c -> true;

    ConfigSlider(HTMLElement parent, PageState state, String key, String labelKey, int min, int max, int step,
            IntFunction<String> show) {
        this.state = state;
        this.key = key;
        slider = new Slider(parent, "field slider", key, labelKey, min, max, step, v -> show.apply((int) v),
                v -> state.change(key, (int) v, PageState.Push.DRAG));
        slider.onRelease(state::endDrag);
        state.listen((c, v) -> sync());
        sync();
    }

    /** Greys the slider out when it means nothing (the number of points of custom data). */
    ConfigSlider enabledWhen(Predicate<Config> rule) {
        enabled = rule;
        sync();
        return this;
    }

    private void sync() {
        slider.set(((Number) state.config().toMap().get(key)).intValue());
        slider.setDisabled(!enabled.test(state.config()));
    }
}
