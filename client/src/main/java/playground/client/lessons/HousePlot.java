package playground.client.lessons;

import playground.picture.Palette;

/**
 * The linear-regression lesson's scatter plot in kilometres and thousands: the houses, the line
 * with its two handles, and each point's squared residual drawn as a square whose side is the
 * residual. Points and handles can be dragged.
 */
final class HousePlot {
    /** Where the handles sit on the line, in the model's x (tens of km). */
    static final double[] HANDLE_X = {0.5, 2.5};
    private static final double GRAB_PX = 12;

    private final LinearRegressionModel model;
    final Plot plot;
    /** -1 nothing; 0 … POINTS-1 a point; POINTS + h handle h. */
    private int dragged = -1;

    HousePlot(Plot plot, LinearRegressionModel model, Runnable changed) {
        this.plot = plot;
        this.model = model;
        plot.range(0, 30, 100, 600);
        Drag.attach(plot, new Drag.Handler() {
            @Override
            public boolean down(double km, double thousands) {
                dragged = grabbed(km, thousands);
                return dragged >= 0;
            }

            @Override
            public void move(double km, double thousands) {
                double x = clamp(km, plot.xMin, plot.xMax) / LinearRegressionModel.KM_PER_X;
                double y = clamp(thousands, plot.yMin, plot.yMax) / LinearRegressionModel.THOUSANDS_PER_Y;
                if (dragged < LinearRegressionModel.POINTS) {
                    model.movePoint(dragged, x, y);
                } else {
                    moveHandle(dragged - LinearRegressionModel.POINTS, y);
                }
                changed.run();
            }
        });
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The handle or point under the pointer (handles first: they sit on top). */
    private int grabbed(double km, double thousands) {
        double cx = plot.px(km);
        double cy = plot.py(thousands);
        for (int h = 0; h < 2; h++) {
            double hx = plot.px(HANDLE_X[h] * LinearRegressionModel.KM_PER_X);
            double hy = plot.py(model.predict(HANDLE_X[h]) * LinearRegressionModel.THOUSANDS_PER_Y);
            if (Math.hypot(hx - cx, hy - cy) <= GRAB_PX) return LinearRegressionModel.POINTS + h;
        }
        int best = -1;
        double bestDistance = GRAB_PX;
        for (int i = 0; i < LinearRegressionModel.POINTS; i++) {
            double d = Math.hypot(plot.px(km(i)) - cx, plot.py(thousands(i)) - cy);
            if (d <= bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The line through the moved handle and the other one, which stays where it is. */
    private void moveHandle(int h, double y) {
        double otherX = HANDLE_X[1 - h];
        double otherY = model.predict(otherX);
        double w = (y - otherY) / (HANDLE_X[h] - otherX);
        double b = otherY - w * otherX;
        model.setLine(w, b);
    }

    private double km(int i) {
        return model.x[i] * LinearRegressionModel.KM_PER_X;
    }

    private double thousands(int i) {
        return model.y[i] * LinearRegressionModel.THOUSANDS_PER_Y;
    }

    /** Point i's residual as a square between the point and the line, on the side towards the middle. */
    private void square(int i, boolean fill) {
        double top = plot.py(model.predict(model.x[i]) * LinearRegressionModel.THOUSANDS_PER_Y);
        double bottom = plot.py(thousands(i));
        double side = Math.abs(bottom - top);
        double x = plot.px(km(i));
        double left = km(i) > (plot.xMin + plot.xMax) / 2 ? x - side : x;
        if (fill) {
            plot.g.fillRect(left, Math.min(top, bottom), side, side);
        } else {
            plot.g.strokeRect(left, Math.min(top, bottom), side, side);
        }
    }

    void draw(String xTitle, String yTitle, Palette palette) {
        if (!plot.begin()) return;
        plot.axes(xTitle, yTitle, 0, 0);
        String orange = Palette.css(palette.negative);
        String blue = Palette.css(palette.positive);
        String ink = Plot.color("--fg");
        plot.g.save();
        plot.clipToArea();
        // squared residuals: a square on each residual, towards the right
        plot.g.setGlobalAlpha(0.16);
        plot.g.setFillStyle(orange);
        for (int i = 0; i < LinearRegressionModel.POINTS; i++) square(i, true);
        plot.g.setGlobalAlpha(0.7);
        plot.g.setStrokeStyle(orange);
        plot.g.setLineWidth(1);
        for (int i = 0; i < LinearRegressionModel.POINTS; i++) square(i, false);
        plot.g.setGlobalAlpha(1);
        // the line
        double y0 = model.predict(0) * LinearRegressionModel.THOUSANDS_PER_Y;
        double y1 = model.predict(3) * LinearRegressionModel.THOUSANDS_PER_Y;
        plot.line(plot.px(0), plot.py(y0), plot.px(30), plot.py(y1), blue, 2.5);
        plot.g.restore();
        for (int i = 0; i < LinearRegressionModel.POINTS; i++) {
            plot.dot(km(i), thousands(i), 4.5, ink, Plot.color("--panel"));
        }
        for (double hx : HANDLE_X) {
            double x = hx * LinearRegressionModel.KM_PER_X;
            double y = model.predict(hx) * LinearRegressionModel.THOUSANDS_PER_Y;
            if (y >= plot.yMin && y <= plot.yMax) plot.dot(x, y, 7, Plot.color("--panel"), blue);
        }
    }
}
