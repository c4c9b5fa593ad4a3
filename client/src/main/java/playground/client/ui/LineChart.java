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

    private static final double PAD = 4;
    private static final double BUCKET_CSS = 3;

    public final HTMLCanvasElement canvas;
    private final int cssHeight;
    private int count;
    private double lo;
    private double hi;
    private boolean log;

    public LineChart(HTMLElement parent, String className, int cssHeight) {
        this.cssHeight = cssHeight;
        canvas = Dom.canvas(parent, className, 300, cssHeight);
        canvas.getStyle().setProperty("height", cssHeight + "px");
    }

    /** Draws {@code count} points of each series ({@code colours[i]} for series i). */
    public void draw(int count, Series[] series, String[] colours, boolean logScale) {
        this.count = count;
        this.log = logScale;
        double ratio = Dom.pixelRatio();
        int width = (int) (canvas.getClientWidth() * ratio);
        int height = (int) (cssHeight * ratio);
        if (width <= 0) return;
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        CanvasRenderingContext2D g = canvas.getContext("2d").cast();
        g.clearRect(0, 0, width, height);
        if (count < 1) return;
        lo = Double.POSITIVE_INFINITY;
        hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < count; i++) {
                double v = scaled(s.value(i));
                if (v == v && v != Double.POSITIVE_INFINITY && v != Double.NEGATIVE_INFINITY) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(lo <= hi)) return;
        if (!logScale) lo = Math.min(lo, 0);
        if (hi - lo < 1e-12) hi = lo + 1;
        g.setLineWidth(1.5 * ratio);
        g.setLineJoin("round");
        int buckets = Math.max(1, Math.min(count, (int) (canvas.getClientWidth() / BUCKET_CSS)));
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
                    double v = scaled(series[s].value(i));
                    if (v == v && v != Double.POSITIVE_INFINITY && v != Double.NEGATIVE_INFINITY) {
                        sum += v;
                        n++;
                    }
                }
                if (n == 0) continue;
                // the bucket's mean at its middle; the first and last points at their own epochs
                double at = b == 0 ? 0 : b == buckets - 1 ? count - 1 : (from + to - 1) / 2.0;
                double x = xOf(at, width);
                double y = yOf(b == buckets - 1 && n > 0 && finite(scaled(series[s].value(count - 1)))
                        ? scaled(series[s].value(count - 1)) : sum / n, height);
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

    private static boolean finite(double v) {
        return v == v && v != Double.POSITIVE_INFINITY && v != Double.NEGATIVE_INFINITY;
    }

    private double scaled(double v) {
        if (!log) return v;
        return v > 0 ? Math.log10(v) : Double.NaN;
    }

    private double xOf(double i, double width) {
        double span = Math.max(1, count - 1);
        return (width - 2 * PAD) * i / span + PAD;
    }

    private double yOf(double v, double height) {
        double t = (v - lo) / (hi - lo);
        double up = (height - 2 * PAD) * t;
        return (height - PAD) - up;
    }

    /** The index under a pointer at {@code clientX}, or -1. */
    public int indexAt(double clientX) {
        if (count < 1) return -1;
        double left = left(canvas);
        double width = canvas.getClientWidth();
        double t = (clientX - left - PAD) / (width - 2 * PAD);
        int i = (int) Math.round(t * (count - 1));
        return Math.max(0, Math.min(count - 1, i));
    }

    /** Marks point {@code index} of a series with a dot (after {@link #draw}). */
    public void mark(int index, double value, String colour) {
        double v = scaled(value);
        if (!(v == v) || !(lo <= hi)) return;
        CanvasRenderingContext2D g = canvas.getContext("2d").cast();
        double ratio = Dom.pixelRatio();
        g.setFillStyle(colour);
        g.beginPath();
        g.arc(xOf(index, canvas.getWidth()), yOf(v, canvas.getHeight()), 3.5 * ratio, 0, Math.PI * 2);
        g.fill();
    }

    @JSBody(params = "e", script = "return e.getBoundingClientRect().left;")
    private static native double left(HTMLElement e);
}
