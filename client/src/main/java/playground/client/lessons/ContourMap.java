package playground.client.lessons;

import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Int8Array;
import playground.client.ui.Canvases;
import playground.client.ui.Dom;
import playground.picture.Palette;

/**
 * A function of two variables on a {@link Plot} as a shaded map with contour lines: the
 * linear-regression lesson shows its loss surface L(w, b) this way. The function is sampled on a
 * grid once (when it changes); shading and lines come from those samples. Levels are equally
 * spaced in √(f − min), so a quadratic bowl gets evenly spaced ellipses.
 */
final class ContourMap {
    interface Surface {
        double at(double x, double y);
    }

    private static final int GRID = 90;
    private static final int LEVELS = 14;

    private final double[] values = new double[GRID * GRID];
    private final byte[] pixels = new byte[GRID * GRID * 4];
    private final HTMLCanvasElement image = Dom.canvas(null, null, GRID, GRID);
    private double lo, hi;
    private boolean fresh;

    /** The function changed: sample it again before the next drawing. */
    void invalidate() {
        fresh = false;
    }

    void draw(Plot plot, Surface surface, Palette palette) {
        if (!fresh) sample(plot, surface, palette);
        plot.g.drawImage(image, plot.left, plot.top, plot.plotWidth(), plot.plotHeight());
        lines(plot, palette);
    }

    /** Grid point (i, j) is at x = column i, y = row j counted from the bottom. */
    private double gx(Plot p, int i) {
        double t = i / (GRID - 1.0);
        return (p.xMax - p.xMin) * t + p.xMin;
    }

    private double gy(Plot p, int j) {
        double t = j / (GRID - 1.0);
        return (p.yMax - p.yMin) * t + p.yMin;
    }

    private void sample(Plot plot, Surface surface, Palette palette) {
        lo = Double.POSITIVE_INFINITY;
        hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                double v = surface.at(gx(plot, i), gy(plot, j));
                values[j * GRID + i] = v;
                if (v < lo) lo = v;
                if (v > hi) hi = v;
            }
        }
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                // the image's top row is the largest y
                int pixel = (GRID - 1 - j) * GRID + i;
                Palette.put(shade(values[j * GRID + i], palette), pixels, pixel * 4);
            }
        }
        Canvases.put(image, Int8Array.copyFromJavaArray(pixels), 0, GRID);
        fresh = true;
    }

    /** Low values light (or dark in the dark theme), rising to the palette's blue. */
    private int shade(double v, Palette palette) {
        double t = Math.sqrt(Math.max(0, (v - lo) / (hi - lo)));
        return Palette.mix(palette.neutral, palette.positive, t * 0.85);
    }

    private double level(int k) {
        double s = (double) k / LEVELS;
        return (hi - lo) * s * s + lo;
    }

    /** Marching squares: in each grid cell, a segment where the level crosses its edges. */
    private void lines(Plot plot, Palette palette) {
        plot.g.save();
        plot.clipToArea();
        plot.g.setStrokeStyle(palette.dark ? "rgba(255,255,255,0.35)" : "rgba(0,0,0,0.28)");
        plot.g.setLineWidth(1);
        plot.g.beginPath();
        for (int k = 1; k < LEVELS; k++) {
            double level = level(k);
            for (int j = 0; j < GRID - 1; j++) {
                for (int i = 0; i < GRID - 1; i++) cell(plot, i, j, level);
            }
        }
        plot.g.stroke();
        plot.g.restore();
    }

    private final double[] crossX = new double[4];
    private final double[] crossY = new double[4];

    private void cell(Plot p, int i, int j, double level) {
        double a = values[j * GRID + i];
        double b = values[j * GRID + i + 1];
        double c = values[(j + 1) * GRID + i + 1];
        double d = values[(j + 1) * GRID + i];
        int n = 0;
        // edges: bottom a-b, right b-c, top d-c, left a-d
        if ((a < level) != (b < level)) n = cross(p, n, i, j, i + 1, j, a, b, level);
        if ((b < level) != (c < level)) n = cross(p, n, i + 1, j, i + 1, j + 1, b, c, level);
        if ((d < level) != (c < level)) n = cross(p, n, i, j + 1, i + 1, j + 1, d, c, level);
        if ((a < level) != (d < level)) n = cross(p, n, i, j, i, j + 1, a, d, level);
        for (int s = 0; s + 1 < n; s += 2) {
            p.g.moveTo(crossX[s], crossY[s]);
            p.g.lineTo(crossX[s + 1], crossY[s + 1]);
        }
    }

    private int cross(Plot p, int n, int i0, int j0, int i1, int j1, double v0, double v1, double level) {
        double t = (level - v0) / (v1 - v0);
        double x0 = p.px(gx(p, i0));
        double y0 = p.py(gy(p, j0));
        double x1 = p.px(gx(p, i1));
        double y1 = p.py(gy(p, j1));
        crossX[n] = (x1 - x0) * t + x0;
        crossY[n] = (y1 - y0) * t + y0;
        return n + 1;
    }
}
