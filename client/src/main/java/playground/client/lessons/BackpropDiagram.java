package playground.client.lessons;

import playground.picture.Palette;

/**
 * The 2-2-1 network of L5 with every number on it: inputs, weights and biases; after the
 * forward stages each neuron's z and a, the prediction and the loss; after the backward stages
 * each neuron's δ = ∂L/∂z and, under each weight, its gradient; at the update, old → new.
 */
final class BackpropDiagram {
    private static final double[] NODE_X = {0.07, 0.07, 0.45, 0.45, 0.78};
    private static final double[] NODE_Y = {0.24, 0.76, 0.24, 0.76, 0.5};
    private static final double[] NARROW_NODE_Y = {0.15, 0.85, 0.15, 0.85, 0.5};
    private static final String[] NAMES = {"x₁", "x₂", "h₁", "h₂", "ŷ"};
    private static final String[] WEIGHT_NAMES = {"w₁₁", "w₁₂", "w₂₁", "w₂₂", "v₁", "v₂"};
    /** Weight p runs from node FROM[p] to node TO[p]. */
    private static final int[] FROM = {0, 1, 0, 1, 2, 3};
    private static final int[] TO = {2, 2, 3, 3, 4, 4};
    /** Where along its link each weight's label sits, on a wide canvas and on a narrow one. */
    private static final double[] WIDE_AT = {0.26, 0.26, 0.26, 0.26, 0.55, 0.55};
    private static final double[] NARROW_AT = {0.5, 0.3, 0.3, 0.5, 0.4, 0.5};
    /** Narrower than this (CSS pixels, a phone) the drawing is taller and its labels stacked. */
    static final double NARROW = 520;
    private static final double R = 25;
    private static final double LINE = 13;

    final Plot plot;
    private double w, h;
    private boolean narrow;
    private String font;

    BackpropDiagram(Plot plot) {
        this.plot = plot;
        plot.left = 0;
        plot.right = 0;
        plot.top = 0;
        plot.bottom = 0;
        plot.range(0, 1, 0, 1);
    }

    private double nx(int node) {
        if (!narrow) return NODE_X[node] * w;
        return node < 2 ? R + 2 : node < 4 ? w * 0.48 : w - R - 2;
    }

    private double ny(int node) {
        return (narrow ? NARROW_NODE_Y : NODE_Y)[node] * h;
    }

    void draw(BackpropModel m, Palette palette) {
        narrow = plot.canvas.getClientWidth() < NARROW;
        plot.minHeight = narrow ? 500 : 320;
        if (!plot.begin()) return;
        w = plot.width;
        h = plot.height;
        font = narrow ? "10.5px system-ui, sans-serif" : "11.5px system-ui, sans-serif";
        int stage = m.stage();
        String fg = Plot.color("--fg");
        String muted = Plot.color("--muted");
        String orange = Palette.css(palette.negative);
        for (int p = 0; p < 6; p++) {
            double weight = BackpropModel.value(m.net, p < 4 ? p : p + 2);
            plot.line(nx(FROM[p]), ny(FROM[p]), nx(TO[p]), ny(TO[p]), palette.css(weight), Math.abs(weight) * 3 + 1);
        }
        // the target and the loss: right of the output, or on a phone stacked above its bias
        double lx = narrow ? w - 2 : Math.min(w * 0.94, w - 46);
        double ly = narrow ? ny(4) - R - 10 - LINE : ny(4) + 2;
        if (!narrow) plot.line(nx(4) + R, ny(4), lx - 40, ny(4), muted, 1.5);
        for (int p = 0; p < 6; p++) weightLabel(m, p, stage, fg, orange);
        for (int n = 0; n < 5; n++) node(m, n, stage, palette);
        plot.g.setTextAlign(narrow ? "right" : "center");
        plot.g.setTextBaseline("middle");
        plot.g.setFont("12px system-ui, sans-serif");
        plot.g.setFillStyle(muted);
        backed("y = " + Format.number(BackpropModel.Y, 2), lx, narrow ? ly - LINE - 2 : ly - 22);
        boolean known = stage >= BackpropModel.LOSS;
        plot.g.setFillStyle(stage == BackpropModel.LOSS ? orange : fg);
        plot.g.setFont("600 13px system-ui, sans-serif");
        backed(known ? "L = " + Format.number(m.loss(), 5) : "L = ?", lx, ly);
    }

    /**
     * The weight's value on its link, and below it its gradient once known; on a phone each part
     * on a line of its own, so that the label is narrow enough for the short links.
     */
    private void weightLabel(BackpropModel m, int p, int stage, String fg, String orange) {
        int parameter = p < 4 ? p : p + 2;
        double t = (narrow ? NARROW_AT : WIDE_AT)[p];
        double lx = (nx(TO[p]) - nx(FROM[p])) * t + nx(FROM[p]);
        double ly = (ny(TO[p]) - ny(FROM[p])) * t + ny(FROM[p]);
        String value = WEIGHT_NAMES[p] + " " + Format.number(BackpropModel.value(m.at, parameter), 3);
        String updated = stage == BackpropModel.UPDATE ? "→ " + Format.number(BackpropModel.value(m.net, parameter), 3) : null;
        boolean backward = stage >= (p < 4 ? BackpropModel.BACK_HIDDEN : BackpropModel.BACK_OUTPUT);
        String gradient = backward ? Format.number(m.gradient(parameter), 4) : null;
        String[] plain;
        String[] bold;
        if (narrow) {
            plain = updated == null ? new String[] {value} : new String[] {value, updated};
            bold = gradient == null ? new String[0] : new String[] {"∂L/∂" + WEIGHT_NAMES[p], gradient};
        } else {
            plain = new String[] {updated == null ? value : value + " " + updated};
            bold = gradient == null ? new String[0] : new String[] {"∂L/∂" + WEIGHT_NAMES[p] + " " + gradient};
        }
        plot.g.setTextAlign("center");
        plot.g.setTextBaseline("middle");
        double width = 0;
        plot.g.setFont(font);
        for (String line : plain) width = Math.max(width, plot.g.measureText(line).getWidth());
        plot.g.setFont("600 " + font);
        for (String line : bold) width = Math.max(width, plot.g.measureText(line).getWidth());
        int lines = plain.length + bold.length;
        double step = narrow ? LINE : 15;
        plot.g.setFillStyle(Plot.color("--panel"));
        plot.g.setGlobalAlpha(0.9);
        plot.g.fillRect(lx - width / 2 - 4, ly - 8, width + 8, (lines - 1) * step + 16);
        plot.g.setGlobalAlpha(1);
        plot.g.setFont(font);
        plot.g.setFillStyle(fg);
        for (int i = 0; i < plain.length; i++) plot.text(plain[i], lx, i * step + ly);
        plot.g.setFont("600 " + font);
        plot.g.setFillStyle(orange);
        for (int i = 0; i < bold.length; i++) plot.text(bold[i], lx, (plain.length + i) * step + ly);
    }

    private void node(BackpropModel m, int n, int stage, Palette palette) {
        String fg = Plot.color("--fg");
        String muted = Plot.color("--muted");
        String orange = Palette.css(palette.negative);
        boolean hidden = n == 2 || n == 3;
        boolean output = n == 4;
        boolean known = n < 2 || (hidden && stage >= BackpropModel.HIDDEN) || (output && stage >= BackpropModel.OUTPUT);
        boolean active = (hidden && (stage == BackpropModel.HIDDEN || stage == BackpropModel.BACK_HIDDEN))
                || (output && (stage == BackpropModel.OUTPUT || stage == BackpropModel.BACK_OUTPUT));
        double x = nx(n);
        double y = ny(n);
        plot.g.setFillStyle(Plot.color("--panel"));
        plot.g.setStrokeStyle(active ? orange : muted);
        plot.g.setLineWidth(active ? 3 : 1.5);
        plot.g.beginPath();
        plot.g.arc(x, y, R, 0, Math.PI * 2);
        plot.g.fill();
        plot.g.stroke();
        plot.mark("node" + n, x - R, y - R, x + R, y + R);
        plot.g.setTextAlign("center");
        plot.g.setTextBaseline("middle");
        plot.g.setFillStyle(muted);
        plot.textInCircle(NAMES[n], "", 11, x, y, -9, R);
        plot.g.setFillStyle(fg);
        double value = n < 2 ? BackpropModel.X[n] : hidden ? m.a(n - 2) : m.prediction();
        plot.textInCircle(known ? Format.number(value, 3) : "?", "600 ", 12, x, y, 7, R);
        if (!hidden && !output) return;
        // on a phone the output sits at the right edge: its words end there instead of centring on it
        double tx = output && narrow ? w - 2 : x;
        plot.g.setTextAlign(output && narrow ? "right" : "center");
        int bias = hidden ? n - 2 + 4 : 8;
        String name = hidden ? (n == 2 ? "b₁" : "b₂") : "c";
        plot.g.setFont(font);
        plot.g.setFillStyle(muted);
        String above = name + " " + Format.number(BackpropModel.value(m.at, bias), 3);
        if (stage == BackpropModel.UPDATE) above = above + " → " + Format.number(BackpropModel.value(m.net, bias), 3);
        backed(above, tx, y - R - 10);
        if (known) backed("z = " + Format.number(hidden ? m.z(n - 2) : m.prediction(), 3), tx, y + R + 10);
        if (stage >= (hidden ? BackpropModel.BACK_HIDDEN : BackpropModel.BACK_OUTPUT)) {
            plot.g.setFont("600 " + font);
            plot.g.setFillStyle(orange);
            backed("δ = ∂L/∂z = " + Format.number(m.gradient(bias), 4), tx, y + R + 25);
        }
    }

    /**
     * Text on a backing of the panel's colour, so that it reads over the links it crosses (the
     * text's own colour, font and alignment are set before).
     */
    private void backed(String text, double x, double y) {
        double width = plot.g.measureText(text).getWidth();
        String align = plot.g.getTextAlign();
        double left = "right".equals(align) ? x - width : "center".equals(align) ? x - width / 2 : x;
        plot.g.save();
        plot.g.setFillStyle(Plot.color("--panel"));
        plot.g.setGlobalAlpha(0.85);
        plot.g.fillRect(left - 2, y - 7, width + 4, 14);
        plot.g.restore();
        plot.text(text, x, y);
    }
}
