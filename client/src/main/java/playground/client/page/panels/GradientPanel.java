package playground.client.page.panels;

import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import playground.client.engine.EngineClient;
import playground.client.engine.TrainingHistory;
import playground.client.ui.Dom;
import playground.client.ui.HoverCard;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.client.ui.LineChart;
import playground.picture.Palette;

/**
 * The gradient view (docs/page.md): how large each layer's gradient was in every epoch, on a log
 * scale, and a switch that colours the diagram's links by gradient instead of weight. In a deep
 * sigmoid network the first layers' lines sit far below the last one's: the vanishing gradient.
 */
public final class GradientPanel {
    private final EngineClient engine;
    private final I18n i18n;
    private final HoverCard card;
    private final LineChart chart;
    private final HTMLElement legend;
    private int shownLayers = -1;
    private double lastDrawn = -1e9;

    public GradientPanel(HTMLElement parent, EngineClient engine, NetworkPanel network, I18n i18n, HoverCard card) {
        this.engine = engine;
        this.i18n = i18n;
        this.card = card;
        Dom.text(parent, "h2", null, "gradients.heading");
        Dom.text(parent, "p", "hint about-text", "gradients.hint");
        chart = new LineChart(parent, "chart", 96);
        chart.canvas.setAttribute("role", "img");
        chart.canvas.setAttribute("data-i18n-aria", "gradients.chart");
        chart.canvas.setId("gradient-chart");
        legend = Dom.el(parent, "div", "chart-legend");
        HTMLInputElement byGradient = Dom.checkbox(parent, null, "gradients.colourLinks");
        byGradient.setId("links-by-gradient");
        Dom.on(byGradient, "change", e -> network.linkColours().setByGradient(byGradient.isChecked()));
        Dom.on(chart.canvas, "mousemove", e -> hover(e.cast()));
        Dom.on(chart.canvas, "mouseleave", e -> card.hide(this));
        engine.onFrame(f -> {
            if (!engine.playing() || Js.now() - lastDrawn >= 50) redraw();
        });
        i18n.onChange(() -> {
            shownLayers = -1;
            redraw();
        });
    }

    /**
     * Layer colours from violet (first layer) through magenta to amber (output): each step tells
     * the layers apart, and every one reads on a light and on a dark page.
     */
    private static String colour(int layer, int layers) {
        double t = layers <= 1 ? 1 : (double) layer / (layers - 1);
        int rgb = t < 0.5 ? Palette.mix(0x7b61ff, 0xe7298a, t * 2) : Palette.mix(0xe7298a, 0xff9f1c, t * 2 - 1);
        return Palette.css(rgb);
    }

    private void redraw() {
        lastDrawn = Js.now();
        TrainingHistory h = engine.history();
        int layers = h.gradWidth();
        LineChart.Series[] series = new LineChart.Series[layers];
        String[] colours = new String[layers];
        for (int l = 0; l < layers; l++) {
            int layer = l;
            series[l] = i -> h.grad(i, layer);
            colours[l] = colour(l, layers);
        }
        chart.draw(h.gradRows(), series, colours, true);
        if (layers != shownLayers) {
            shownLayers = layers;
            legend.clear();
            for (int l = 0; l < layers; l++) {
                HTMLElement key = Dom.el(legend, "span", "key");
                key.getStyle().setProperty("background", colours[l]);
                key.setAttribute("aria-hidden", "true");
                Dom.el(legend, "span", null).setTextContent(layerName(l, layers));
            }
        }
    }

    private String layerName(int l, int layers) {
        return layerName(i18n, l, layers);
    }

    static String layerName(I18n i18n, int l, int layers) {
        return l == layers - 1 ? i18n.t("gradients.outputLayer") : i18n.t("gradients.layer", l + 1);
    }

    private void hover(MouseEvent e) {
        TrainingHistory h = engine.history();
        int i = chart.indexAt(e.getClientX());
        if (i < 0) return;
        HTMLElement content = card.open(this);
        Dom.el(content, "strong", null).setTextContent(i18n.t("output.epochN", i + 1));
        for (int l = 0; l < h.gradWidth(); l++) {
            Dom.el(content, "p", null).setTextContent(layerName(l, h.gradWidth()) + " "
                    + Js.precision(h.grad(i, l), 3));
        }
        card.showAt(e.getClientX(), e.getClientY());
    }
}
