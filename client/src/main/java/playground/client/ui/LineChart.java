package playground.client.ui;

import java.util.Arrays;
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
    /** One point of a long series per this many CSS pixels. */
    public static final double BUCKET_CSS = 3;

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
        for (int s = 0; s < series.length; s++) {
            double[] xy = polyline(series[s], count, buckets, scale, width, height);
            g.setStrokeStyle(colours[s]);
            g.beginPath();
            for (int p = 0; p < xy.length; p += 2) {
                if (p == 0) {
                    g.moveTo(xy[p], xy[p + 1]);
                } else {
                    g.lineTo(xy[p], xy[p + 1]);
                }
            }
            g.stroke();
        }
    }

    /**
     * The points of one series as drawn, x and y by turns, in the pixels of a chart {@code width}
     * × {@code height} whose range {@code scale} settled: one point per bucket of epochs, the
     * bucket's mean at its middle, the first and last points at their own epochs. Buckets with no
     * finite value are left out.
     */
    public static double[] polyline(Series series, int count, int buckets, ChartScale scale, double width,
            double height) {
        double[] xy = new double[2 * buckets];
        int n = 0;
        double span = Math.max(1, count - 1);
        double last = scale.scaled(series.value(count - 1));
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * count / buckets);
            int to = (int) ((long) (b + 1) * count / buckets);
            double sum = 0;
            int values = 0;
            for (int i = from; i < to; i++) {
                double v = scale.scaled(series.value(i));
                if (ChartScale.finite(v)) {
                    sum += v;
                    values++;
                }
            }
            if (values == 0) continue;
            double at = b == 0 ? 0 : b == buckets - 1 ? count - 1 : (from + to - 1) / 2.0;
            xy[n++] = scale.x(at, span, width);
            xy[n++] = scale.y(b == buckets - 1 && ChartScale.finite(last) ? last : sum / values, height);
        }
        return n == xy.length ? xy : Arrays.copyOf(xy, n);
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
