package playground.client.lessons;

import java.util.function.Consumer;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import playground.client.ui.Dom;
import playground.client.ui.I18n;

/**
 * The lessons' controls, built on the playground's {@link Dom}: each is a real, labelled button
 * or select, named by {@code data-control} so that an embed can hide or lock it.
 */
final class Controls {
    private Controls() {}

    /** A row of controls. */
    static HTMLElement bar(HTMLElement parent) {
        return Dom.el(parent, "div", "lesson-bar");
    }

    static HTMLButtonElement button(HTMLElement parent, String control, String key, Runnable action) {
        HTMLButtonElement b = Dom.button(parent, "lesson-button", key, action);
        b.setAttribute("data-control", control);
        return b;
    }

    /** Play/pause for an animation: its symbol, name and pressed state follow the animation. */
    static HTMLButtonElement play(HTMLElement parent, Animation animation, I18n i18n) {
        HTMLButtonElement b = Dom.iconButton(parent, "play-button lesson-play", "▶", "run.play", animation::toggle);
        b.setAttribute("data-control", "play");
        Runnable sync = () -> {
            boolean on = animation.playing();
            b.querySelector(".icon").setTextContent(on ? "❚❚" : "▶");
            String key = on ? "run.pause" : "run.play";
            b.setAttribute("data-i18n-aria", key);
            b.setAttribute("data-i18n-title", key);
            b.setAttribute("aria-label", i18n.t(key));
            b.setAttribute("title", i18n.t(key));
            Dom.toggleClass(b, "playing", on);
        };
        animation.onChange(sync);
        sync.run();
        return b;
    }

    /**
     * A labelled select. {@code labels[i]} is a translation key, or (starting with '=') a text
     * shown as it is, such as a number.
     */
    static HTMLSelectElement choice(HTMLElement parent, String control, String labelKey, String[] values,
            String[] labels, String selected, Consumer<String> onChange) {
        HTMLSelectElement select = Dom.select(null, "lesson-select");
        HTMLElement field = Dom.field(parent, labelKey, select);
        field.setAttribute("data-control", control);
        for (int i = 0; i < values.length; i++) {
            boolean literal = labels[i].startsWith("=");
            Dom.option(select, values[i], literal ? null : labels[i])
                    .setTextContent(literal ? labels[i].substring(1) : "");
        }
        select.setValue(selected);
        Dom.on(select, "change", e -> onChange.accept(select.getValue()));
        return select;
    }

    /** A number shown with a label, e.g. the step counter. */
    static HTMLElement readout(HTMLElement parent, String control, String labelKey) {
        HTMLElement box = Dom.el(parent, "div", "readout");
        box.setAttribute("data-control", control);
        Dom.text(box, "span", "readout-label", labelKey);
        return Dom.el(box, "output", "readout-value");
    }
}
