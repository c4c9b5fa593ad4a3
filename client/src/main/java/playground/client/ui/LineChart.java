package playground.client.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A small line chart over epochs on a canvas as wide as its box: several series, linear or log
 * scale. Long runs are drawn as one point per {@link #BUCKET_CSS} CSS pixels, each the mean of
 * its epochs: the line stays readable when a series is noisy (gradient sizes are), and a chart of
 * ten thousand epochs costs no more to rasterise than one of a hundred — a jagged polyline of
 * thousands of segments takes tens of milliseconds to rasterise, on the page's thread.
 */
public final class LineChart {
    public interface Series {
        double value(int index);
    }

    /** The margin around the lines, in canvas pixels. */
    private static final double PAD = 4;
    private static final double BUCKET_CSS = 3;

    public final HTMLCanvasElement canvas;
    private final int cssHeight;
    private final ChartScale scale = new ChartScale();
    private int count;

    public LineChart(HTMLElement parent, String className, int cssHeight) {
        this.cssHeight = cssHeight;
        canvas = Dom.canvas(parent, className, 300, cssHeight);
        canvas.getStyle().setProperty("height", cssHeight + "px");
        scale.margins(PAD, PAD, PAD);
    }

    /** Draws {@code count} points of each series ({@code colours[i]} for series i). */
    public void draw(int count, Series[] series, String[] colours, boolean logScale) {
        this.count = count;
        scale.start(logScale);
        CanvasRenderingContext2D g = ChartScale.clear(canvas, cssHeight);
        if (g == null) return;
        if (count < 1) return;
        for (Series s : series) {
            for (int i = 0; i < count; i++) scale.include(s.value(i));
        }
        if (!scale.settle()) return;
        int width = canvas.getWidth();
        int height = canvas.getHeight();
        g.setLineWidth(1.5 * Dom.pixelRatio());
        g.setLineJoin("round");
        int buckets = Math.max(1, Math.min(count, (int) (canvas.getClientWidth() / BUCKET_CSS)));
        double span = Math.max(1, count - 1);
        for (int s = 0; s < series.length; s++) {
            g.setStrokeStyle(colours[s]);
            g.beginPath();
            boolean started = false;
            for (int b = 0; b < buckets; b++) {
                int from = (int) ((long) b * count / buckets);
                int to = (int) ((long) (b + 1) * count / buckets);
                double sum = 0;
                int n = 0;
                for (int i = from; i < to; i++) {
                    double v = scale.scaled(series[s].value(i));
                    if (ChartScale.finite(v)) {
                        sum += v;
                        n++;
                    }
                }
                if (n == 0) continue;
                // the bucket's mean at its middle; the first and last points at their own epochs
                double at = b == 0 ? 0 : b == buckets - 1 ? count - 1 : (from + to - 1) / 2.0;
                double last = scale.scaled(series[s].value(count - 1));
                double x = scale.x(at, span, width);
                double y = scale.y(b == buckets - 1 && ChartScale.finite(last) ? last : sum / n, height);
                if (started) {
                    g.lineTo(x, y);
                } else {
                    g.moveTo(x, y);
                    started = true;
                }
            }
            g.stroke();
        }
    }

    /** The index under a pointer at {@code clientX}, or -1. */
    public int indexAt(double clientX) {
        if (count < 1) return -1;
        return scale.index(clientX - left(canvas), canvas.getClientWidth(), PAD, count);
    }

    /** Marks point {@code index} of a series with a dot (after {@link #draw}). */
    public void mark(int index, double value, String colour) {
        double v = scale.scaled(value);
        if (!(v == v) || !scale.ready()) return;
        CanvasRenderingContext2D g = canvas.getContext("2d").cast();
        double ratio = Dom.pixelRatio();
        g.setFillStyle(colour);
        g.beginPath();
        g.arc(scale.x(index, Math.max(1, count - 1), canvas.getWidth()), scale.y(v, canvas.getHeight()), 3.5 * ratio, 0,
                Math.PI * 2);
        g.fill();
    }

    @JSBody(params = "e", script = "return e.getBoundingClientRect().left;")
    private static native double left(HTMLElement e);
}
