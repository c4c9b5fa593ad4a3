package playground.client.serverruns;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.ui.Canvases;
import playground.client.ui.ChartScale;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Js;

/**
 * The loss curves of a server run as they grow, over the run's whole length of epochs (so the
 * lines visibly advance). One trial: test loss in the text colour, train loss in grey, as the
 * page's own chart. Several seeds: their mean as a line and their range (min to max) as a band.
 * A sweep: each cell's mean test loss in the cell's colour from the table. When the losses span
 * orders of magnitude (as a loss falling from 0.5 to 0.001 does) the scale is logarithmic.
 */
final class ServerRunChart {
    private static final int CSS_HEIGHT = 170;
    private static final double PAD = 6;
    private static final double TOP = 16;
    private static final double BOTTOM = 16;

    final HTMLCanvasElement canvas;
    private final double[] stat = new double[4];
    private final ChartScale scale = new ChartScale();
    private int epochs;

    ServerRunChart(HTMLElement parent) {
        canvas = Dom.canvas(parent, "chart run-chart", 300, CSS_HEIGHT);
        canvas.getStyle().setProperty("height", CSS_HEIGHT + "px");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("data-i18n-aria", "serverRun.chart");
        canvas.setId("server-run-chart");
    }

    /**
     * Draws the curves of {@code cells} cells of {@code seeds} seeds each, over {@code epochs}
     * epochs; {@code cellColours} (CSS colours) for a sweep, null otherwise; a cell without a
     * colour (every seed diverged) is left out.
     */
    void draw(ServerRunCurves curves, int cells, int seeds, int epochs, String[] cellColours) {
        this.epochs = Math.max(1, epochs);
        CanvasRenderingContext2D g = ChartScale.clear(canvas, CSS_HEIGHT);
        if (g == null) return;
        double ratio = Dom.pixelRatio();
        int width = canvas.getWidth();
        int height = canvas.getHeight();
        scale.margins(PAD * ratio, TOP * ratio, BOTTOM * ratio);
        boolean sweep = cellColours != null;
        int step = Math.max(1, (int) Math.ceil(curves.longest() / (width / 2.0)));
        if (!range(curves, cells, seeds, step, cellColours)) return;

        String fg = Canvases.cssVar("--fg");
        String muted = Canvases.cssVar("--muted");
        g.setLineWidth(1.5 * ratio);
        g.setLineJoin("round");
        for (int c = 0; c < cells; c++) {
            if (sweep) {
                if (cellColours[c] != null) curve(g, curves, c, seeds, step, true, cellColours[c], width, height);
            } else {
                curve(g, curves, c, seeds, step, false, muted, width, height);
                curve(g, curves, c, seeds, step, true, fg, width, height);
            }
        }
        labels(g, muted, width, height, ratio);
    }

    /** The value range of everything drawn; false when there is nothing to draw yet. */
    private boolean range(ServerRunCurves curves, int cells, int seeds, int step, String[] cellColours) {
        boolean sweep = cellColours != null;
        scale.start(false);
        for (int c = 0; c < cells; c++) {
            if (sweep && cellColours[c] == null) continue;
            int n = curves.cellLength(c, seeds);
            for (int e = 0; e < n; e = next(e, step, n)) {
                for (int k = sweep ? 1 : 0; k < 2; k++) {
                    curves.spread(c, seeds, e, k == 1, stat);
                    if (stat[3] == 0) continue;
                    scale.include(seeds > 1 ? stat[1] : stat[0]);
                    scale.include(seeds > 1 ? stat[2] : stat[0]);
                }
            }
        }
        // losses fall by orders of magnitude: then a log scale shows every stretch of the curve
        scale.logWhenSpanning(20);
        return scale.settle();
    }

    /** Every step-th entry, and always the last. */
    private static int next(int e, int step, int length) {
        if (e == length - 1) return length;
        return Math.min(e + step, length - 1);
    }

    /** One cell's mean line, with the band of its seeds' range behind it. */
    private void curve(CanvasRenderingContext2D g, ServerRunCurves curves, int cell, int seeds, int step, boolean testLoss,
            String colour, int width, int height) {
        int n = curves.cellLength(cell, seeds);
        if (n == 0) return;
        if (seeds > 1) {
            g.setFillStyle(colour);
            g.setGlobalAlpha(0.18);
            g.beginPath();
            boolean started = false;
            int last = -1;
            for (int e = 0; e < n; e = next(e, step, n)) {
                curves.spread(cell, seeds, e, testLoss, stat);
                if (stat[3] == 0) continue;
                double x = x(e, width);
                double y = y(stat[2], height);
                if (started) g.lineTo(x, y); else g.moveTo(x, y);
                started = true;
                last = e;
            }
            for (int e = last; e >= 0; e = e == 0 ? -1 : Math.max(0, e - step)) {
                curves.spread(cell, seeds, e, testLoss, stat);
                if (stat[3] == 0) continue;
                g.lineTo(x(e, width), y(stat[1], height));
            }
            if (started) {
                g.closePath();
                g.fill();
            }
            g.setGlobalAlpha(1);
        }
        g.setStrokeStyle(colour);
        g.beginPath();
        boolean started = false;
        for (int e = 0; e < n; e = next(e, step, n)) {
            curves.spread(cell, seeds, e, testLoss, stat);
            if (stat[3] == 0) {
                started = false;  // a gap: a diverged stretch is not bridged
                continue;
            }
            double x = x(e, width);
            double y = y(stat[0], height);
            if (started) g.lineTo(x, y); else g.moveTo(x, y);
            started = true;
        }
        g.stroke();
    }

    private void labels(CanvasRenderingContext2D g, String colour, int width, int height, double ratio) {
        g.setFillStyle(colour);
        g.setFont(Math.round(11 * ratio) + "px system-ui, sans-serif");
        g.setTextBaseline("top");
        g.setTextAlign("left");
        g.fillText(value(scale.high()), PAD * ratio, 2 * ratio);
        g.setTextBaseline("bottom");
        g.fillText(value(scale.low()), PAD * ratio, height - 2 * ratio);
        g.setTextAlign("right");
        g.fillText(Js.grouped(epochs, I18n.EN), width - PAD * ratio, height - 2 * ratio);
    }

    private static String value(double v) {
        return v == 0 ? "0" : Js.precision(v, 3);
    }

    private double x(int epoch, double width) {
        return scale.x(epoch, epochs, width);
    }

    private double y(double value, double height) {
        double v = scale.log() ? (value > 0 ? Math.log10(value) : scale.bottomValue()) : value;
        return scale.y(v, height);
    }
}
