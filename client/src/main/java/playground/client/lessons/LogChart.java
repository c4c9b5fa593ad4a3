package playground.client.lessons;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * Values over epochs on a logarithmic axis labelled in powers of ten, for sizes that span many
 * orders of magnitude, such as the gradients of the layers of a deep network. Two charts given
 * the same range compare at a glance.
 */
final class LogChart {
    interface Series {
        /** The value after epoch {@code epoch} (1 … count). */
        double value(int epoch);
    }

    private static final String[] SUPERSCRIPT = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};

    final Plot plot;

    LogChart(HTMLElement parent, String className) {
        plot = new Plot(parent, "log-chart " + className, 0.45);
        plot.left = 40;
        plot.bottom = 30;
        plot.top = 6;
        plot.yTickLabel = LogChart::power;
    }

    /** 10 to the power k, written as 10⁻³. */
    static String power(double k) {
        int e = (int) Math.round(k);
        StringBuilder s = new StringBuilder("10");
        if (e < 0) s.append("⁻");
        for (char c : Integer.toString(Math.abs(e)).toCharArray()) s.append(SUPERSCRIPT[c - '0']);
        return s.toString();
    }

    /** log10 of the smallest and largest positive value of the series, rounded out to powers of ten. */
    static double[] range(int count, Series[] series, double[] into) {
        for (Series s : series) {
            for (int e = 1; e <= count; e++) {
                double v = s.value(e);
                if (v > 0 && v < Double.POSITIVE_INFINITY) {
                    double l = Math.log10(v);
                    into[0] = Math.min(into[0], Math.floor(l));
                    into[1] = Math.max(into[1], Math.ceil(l));
                }
            }
        }
        return into;
    }

    void draw(int count, Series[] series, String[] colours, double lo, double hi, String xTitle) {
        if (!plot.begin()) return;
        double top = hi > lo ? hi : lo + 1;
        plot.range(1, Math.max(2, count), lo, top);
        plot.axes(xTitle, null, 0, 0);
        if (count < 1) return;
        plot.g.save();
        plot.clipToArea();
        plot.g.setLineJoin("round");
        for (int s = 0; s < series.length; s++) {
            plot.g.setStrokeStyle(colours[s]);
            plot.g.setLineWidth(1.5);
            plot.g.beginPath();
            boolean started = false;
            for (int e = 1; e <= count; e++) {
                double v = series[s].value(e);
                if (!(v > 0)) {
                    started = false;
                    continue;
                }
                double x = plot.px(e);
                double y = plot.py(Math.log10(v));
                if (started) {
                    plot.g.lineTo(x, y);
                } else {
                    plot.g.moveTo(x, y);
                    started = true;
                }
            }
            plot.g.stroke();
        }
        plot.g.restore();
    }
}
