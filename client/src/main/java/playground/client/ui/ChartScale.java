package playground.client.ui;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The axes every line chart of the site shares: a canvas sized to its box at the screen's pixel
 * ratio, the value range of what is drawn (linear, or log10 when values span orders of
 * magnitude) and the mapping of an index and a value to canvas pixels inside the margins.
 */
public final class ChartScale {
    private double lo;
    private double hi;
    private boolean log;
    private double left;
    private double right;
    private double top;
    private double bottom;

    /**
     * Sizes the canvas to its CSS width times the pixel ratio and {@code cssHeight}, clears it,
     * and returns its context; null when the canvas has no width (hidden).
     */
    public static CanvasRenderingContext2D clear(HTMLCanvasElement canvas, int cssHeight) {
        double ratio = Dom.pixelRatio();
        int width = (int) (canvas.getClientWidth() * ratio);
        int height = (int) (cssHeight * ratio);
        if (width <= 0) return null;
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        CanvasRenderingContext2D g = canvas.getContext("2d").cast();
        g.clearRect(0, 0, width, height);
        return g;
    }

    /** Margins in canvas pixels: left and right {@code side}, then top and bottom. */
    public void margins(double side, double top, double bottom) {
        this.left = side;
        this.right = side;
        this.top = top;
        this.bottom = bottom;
    }

    /** Starts a new range; values given to {@link #include} are taken as log10 when {@code log}. */
    public void start(boolean log) {
        this.log = log;
        lo = Double.POSITIVE_INFINITY;
        hi = Double.NEGATIVE_INFINITY;
    }

    /** A value as drawn: itself, or its log10 on a log scale (NaN for a value ≤ 0 there). */
    public double scaled(double v) {
        if (!log) return v;
        return v > 0 ? Math.log10(v) : Double.NaN;
    }

    /** Widens the range to hold {@code v} (a raw value); NaN and infinities are left out. */
    public void include(double v) {
        double s = scaled(v);
        if (finite(s)) {
            lo = Math.min(lo, s);
            hi = Math.max(hi, s);
        }
    }

    /**
     * Ends the range: false when nothing was included. A linear scale starts at zero (or below);
     * a flat range gets a height of one.
     */
    public boolean settle() {
        if (!(lo <= hi)) return false;
        if (!log) lo = Math.min(lo, 0);
        if (hi - lo < 1e-12) hi = lo + 1;
        return true;
    }

    /** Switches a settled linear range to log10 when it spans more than {@code factor} and is positive. */
    public void logWhenSpanning(double factor) {
        if (log || !(lo > 0 && hi / lo > factor)) return;
        log = true;
        lo = Math.log10(lo);
        hi = Math.log10(hi);
    }

    /** Whether the range holds something (after {@link #settle} said so). */
    public boolean ready() {
        return lo <= hi;
    }

    public boolean log() {
        return log;
    }

    /** The lowest and highest values drawn, back on the values' own scale. */
    public double low() {
        return log ? Math.pow(10, lo) : lo;
    }

    public double high() {
        return log ? Math.pow(10, hi) : hi;
    }

    /** Where index {@code i} of {@code span} goes across a canvas {@code width} pixels wide. */
    public double x(double i, double span, double width) {
        return (width - left - right) * i / span + left;
    }

    /** Where an already scaled value goes down a canvas {@code height} pixels high. */
    public double y(double scaledValue, double height) {
        double t = (scaledValue - lo) / (hi - lo);
        double up = (height - top - bottom) * t;
        return (height - bottom) - up;
    }

    /** The scaled value of the range's bottom (where a value that cannot be drawn is put). */
    public double bottomValue() {
        return lo;
    }

    /**
     * The index under a pointer {@code offset} CSS pixels from the chart's left edge, of
     * {@code count} points across {@code cssWidth} with {@code cssSide} margins.
     */
    public int index(double offset, double cssWidth, double cssSide, int count) {
        double t = (offset - cssSide) / (cssWidth - 2 * cssSide);
        int i = (int) Math.round(t * (count - 1));
        return Math.max(0, Math.min(count - 1, i));
    }

    public static boolean finite(double v) {
        return v == v && v != Double.POSITIVE_INFINITY && v != Double.NEGATIVE_INFINITY;
    }
}
