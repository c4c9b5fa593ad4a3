package playground.client.page.panels;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Protocol;
import playground.client.page.PageState;
import playground.client.ui.Canvases;
import playground.client.ui.Dom;
import playground.client.ui.HoverCard;
import playground.client.ui.I18n;
import playground.config.Config;
import playground.config.Schema;
import playground.nn.Feature;

/**
 * The input column: all nine features, each a toggle showing its own small heatmap (as in the
 * reference); the ones the network uses are bright, the others faded.
 */
final class FeaturesPanel {
    private final PageState state;
    private final EngineClient engine;
    private final I18n i18n;
    private final HoverCard card;
    private final HTMLButtonElement[] buttons = new HTMLButtonElement[Feature.values().length];
    private final HTMLCanvasElement[] canvases = new HTMLCanvasElement[Feature.values().length];

    FeaturesPanel(HTMLElement column, PageState state, EngineClient engine, I18n i18n, HoverCard card) {
        this.state = state;
        this.engine = engine;
        this.i18n = i18n;
        this.card = card;
        column.setAttribute("role", "group");
        column.setAttribute("data-i18n-aria", "features.label");
        for (Feature f : Feature.values()) {
            int i = f.ordinal();
            HTMLElement row = Dom.el(column, "div", "feature-row");
            row.setAttribute("data-control", f.configName);
            HTMLElement label = Dom.el(row, "span", "feature-label");
            label.setTextContent(f.label);
            label.setAttribute("aria-hidden", "true");
            HTMLButtonElement b = Dom.button(row, "node feature", null, () -> toggle(f));
            b.setAttribute("data-feature", f.configName);
            b.setAttribute("aria-label", f.label);
            canvases[i] = Dom.canvas(b, "thumb", Protocol.THUMB, Protocol.THUMB);
            buttons[i] = b;
            Dom.on(b, "mousemove", e -> hover(f, e.cast()));
            Dom.on(b, "mouseleave", e -> card.hide(this));
        }
        engine.onFeatures(this::draw);
        state.listen((c, v) -> render());
        render();
    }

    /** The button of a feature, where links into the network start. */
    HTMLElement node(String feature) {
        return buttons[Feature.byName(feature).ordinal()];
    }

    private void toggle(Feature f) {
        Config c = state.config();
        List<String> next = new ArrayList<>();
        for (String name : Schema.FEATURE_NAMES) {
            boolean on = c.hasFeature(name);
            if (name.equals(f.configName)) on = !on;
            if (on) next.add(name);
        }
        state.change(Schema.FEATURES, next, PageState.Push.PUSH);
    }

    private void render() {
        Config c = state.config();
        for (Feature f : Feature.values()) {
            Dom.pressed(buttons[f.ordinal()], c.hasFeature(f.configName));
        }
    }

    private void draw() {
        if (engine.featurePixels() == null) return;
        for (int i = 0; i < canvases.length; i++) {
            Canvases.put(canvases[i], engine.featurePixels(), i, Protocol.THUMB);
        }
    }

    private void hover(Feature f, MouseEvent e) {
        HTMLElement content = card.open(this);
        HTMLCanvasElement big = Dom.canvas(content, "card-picture", 136, 136);
        Canvases.scaleInto(big, canvases[f.ordinal()]);
        Dom.el(content, "strong", null).setTextContent(f.label);
        Dom.el(content, "p", null).setTextContent(i18n.t(state.config().hasFeature(f.configName)
                ? "features.on" : "features.off"));
        card.showAt(e.getClientX(), e.getClientY());
    }
}
