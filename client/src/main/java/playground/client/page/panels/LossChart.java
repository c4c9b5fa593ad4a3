package playground.client.page.panels;

import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.TrainingHistory;
import playground.client.ui.Canvases;
import playground.client.ui.Dom;
import playground.client.ui.HoverCard;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.client.ui.LineChart;
import playground.client.ui.LossText;

/**
 * Train and test loss of every epoch, live; hovering shows the numbers of the epoch under the
 * pointer. Test loss is drawn in the text colour, training loss in grey, as in the reference.
 */
final class LossChart {
    private final EngineClient engine;
    private final I18n i18n;
    private final HoverCard card;
    private final LineChart chart;
    private int hovered = -1;
    private double lastDrawn = -1e9;
    private String testColour;
    private String trainColour;

    LossChart(HTMLElement parent, EngineClient engine, I18n i18n, HoverCard card) {
        this.engine = engine;
        this.i18n = i18n;
        this.card = card;
        HTMLElement box = Dom.el(parent, "div", "loss-chart");
        chart = new LineChart(box, "chart", 72);
        chart.canvas.setAttribute("role", "img");
        chart.canvas.setAttribute("data-i18n-aria", "output.chart");
        chart.canvas.setId("loss-chart");
        HTMLElement legend = Dom.el(parent, "div", "chart-legend");
        Dom.el(legend, "span", "key test-key").setAttribute("aria-hidden", "true");
        Dom.text(legend, "span", null, "output.testLoss");
        Dom.el(legend, "span", "key train-key").setAttribute("aria-hidden", "true");
        Dom.text(legend, "span", null, "output.trainLoss");
        Dom.on(chart.canvas, "mousemove", e -> hover(e.cast()));
        Dom.on(chart.canvas, "mouseleave", e -> {
            hovered = -1;
            card.hide(this);
            redraw();
        });
        engine.onFrame(f -> {
            // a chart needs no more than 20 updates a second; the last state is always drawn
            if (!engine.playing() || Js.now() - lastDrawn >= 50) redraw();
        });
    }

    /** The colours come from the theme; call when it changes. */
    void recolour() {
        testColour = Canvases.cssVar("--fg");
        trainColour = Canvases.cssVar("--muted");
        redraw();
    }

    void redraw() {
        lastDrawn = Js.now();
        if (testColour == null) recolour();
        TrainingHistory h = engine.history();
        String test = testColour;
        String train = trainColour;
        chart.draw(h.size(), new LineChart.Series[] {h::test, h::train}, new String[] {test, train}, false);
        if (hovered >= 0 && hovered < h.size()) {
            chart.mark(hovered, h.test(hovered), test);
            chart.mark(hovered, h.train(hovered), train);
        }
    }

    private void hover(MouseEvent e) {
        TrainingHistory h = engine.history();
        hovered = chart.indexAt(e.getClientX());
        if (hovered < 0) return;
        redraw();
        HTMLElement content = card.open(this);
        Dom.el(content, "strong", null).setTextContent(i18n.t("output.epochN", hovered));
        Dom.el(content, "p", null).setTextContent(i18n.t("output.testLoss") + " " + LossText.of(h.test(hovered), 4, i18n));
        Dom.el(content, "p", null).setTextContent(i18n.t("output.trainLoss") + " " + LossText.of(h.train(hovered), 4, i18n));
        card.showAt(e.getClientX(), e.getClientY());
    }
}
