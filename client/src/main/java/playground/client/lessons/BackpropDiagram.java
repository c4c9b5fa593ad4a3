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
    private static final String[] NAMES = {"x₁", "x₂", "h₁", "h₂", "ŷ"};
    private static final String[] WEIGHT_NAMES = {"w₁₁", "w₁₂", "w₂₁", "w₂₂", "v₁", "v₂"};
    /** Weight p runs from node FROM[p] to node TO[p]. */
    private static final int[] FROM = {0, 1, 0, 1, 2, 3};
    private static final int[] TO = {2, 2, 3, 3, 4, 4};
    private static final double R = 25;

    final Plot plot;
    private double w, h;

    BackpropDiagram(Plot plot) {
        this.plot = plot;
        plot.left = 0;
        plot.right = 0;
        plot.top = 0;
        plot.bottom = 0;
        plot.range(0, 1, 0, 1);
    }

    private double nx(int node) {
        return NODE_X[node] * w;
    }

    private double ny(int node) {
        return NODE_Y[node] * h;
    }

    void draw(BackpropModel m, Palette palette) {
        if (!plot.begin()) return;
        w = plot.width;
        h = plot.height;
        int stage = m.stage();
        String fg = Plot.color("--fg");
        String muted = Plot.color("--muted");
        String orange = Palette.css(palette.negative);
        for (int p = 0; p < 6; p++) {
            double weight = BackpropModel.value(m.net, p < 4 ? p : p + 2);
            plot.line(nx(FROM[p]), ny(FROM[p]), nx(TO[p]), ny(TO[p]), palette.css(weight), Math.abs(weight) * 3 + 1);
        }
        plot.line(nx(4) + R, ny(4), w * 0.88, ny(4), muted, 1.5);
        for (int p = 0; p < 6; p++) weightLabel(m, p, stage, fg, orange);
        for (int n = 0; n < 5; n++) node(m, n, stage, palette);
        double lx = w * 0.94;
        plot.g.setTextAlign("center");
        plot.g.setTextBaseline("middle");
        plot.g.setFont("12px system-ui, sans-serif");
        plot.g.setFillStyle(muted);
        plot.g.fillText("y = " + Format.number(BackpropModel.Y, 2), lx, ny(4) - 20);
        boolean known = stage >= BackpropModel.LOSS;
        plot.g.setFillStyle(stage == BackpropModel.LOSS ? orange : fg);
        plot.g.setFont("600 13px system-ui, sans-serif");
        plot.g.fillText(known ? "L = " + Format.number(m.loss(), 5) : "L = ?", lx, ny(4) + 2);
    }

    /** The weight's value on its link near the start, and below it its gradient once known. */
    private void weightLabel(BackpropModel m, int p, int stage, String fg, String orange) {
        int parameter = p < 4 ? p : p + 2;
        double t = p < 4 ? 0.26 : 0.55;
        double lx = (nx(TO[p]) - nx(FROM[p])) * t + nx(FROM[p]);
        double ly = (ny(TO[p]) - ny(FROM[p])) * t + ny(FROM[p]);
        String text = WEIGHT_NAMES[p] + " " + Format.number(BackpropModel.value(m.at, parameter), 3);
        if (stage == BackpropModel.UPDATE) text = text + " → " + Format.number(BackpropModel.value(m.net, parameter), 3);
        boolean backward = stage >= (p < 4 ? BackpropModel.BACK_HIDDEN : BackpropModel.BACK_OUTPUT);
        String gradient = backward ? "∂L/∂" + WEIGHT_NAMES[p] + " " + Format.number(m.gradient(parameter), 4) : null;
        plot.g.setTextAlign("center");
        plot.g.setTextBaseline("middle");
        plot.g.setFont("11.5px system-ui, sans-serif");
        double width = plot.g.measureText(text).getWidth();
        if (gradient != null) {
            plot.g.setFont("600 11.5px system-ui, sans-serif");
            width = Math.max(width, plot.g.measureText(gradient).getWidth());
        }
        double top = ly - 8;
        double height = gradient == null ? 16 : 31;
        plot.g.setFillStyle(Plot.color("--panel"));
        plot.g.setGlobalAlpha(0.9);
        plot.g.fillRect(lx - width / 2 - 4, top, width + 8, height);
        plot.g.setGlobalAlpha(1);
        plot.g.setFont("11.5px system-ui, sans-serif");
        plot.g.setFillStyle(fg);
        plot.g.fillText(text, lx, ly);
        if (gradient != null) {
            plot.g.setFont("600 11.5px system-ui, sans-serif");
            plot.g.setFillStyle(orange);
            plot.g.fillText(gradient, lx, ly + 15);
        }
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
        plot.g.setTextAlign("center");
        plot.g.setTextBaseline("middle");
        plot.g.setFont("11px system-ui, sans-serif");
        plot.g.setFillStyle(muted);
        plot.g.fillText(NAMES[n], x, y - 9);
        plot.g.setFillStyle(fg);
        plot.g.setFont("600 12px system-ui, sans-serif");
        double value = n < 2 ? BackpropModel.X[n] : hidden ? m.a(n - 2) : m.prediction();
        plot.g.fillText(known ? Format.number(value, 3) : "?", x, y + 7);
        if (!hidden && !output) return;
        int bias = hidden ? n - 2 + 4 : 8;
        String name = hidden ? (n == 2 ? "b₁" : "b₂") : "c";
        plot.g.setFont("11.5px system-ui, sans-serif");
        plot.g.setFillStyle(muted);
        String above = name + " " + Format.number(BackpropModel.value(m.at, bias), 3);
        if (stage == BackpropModel.UPDATE) above = above + " → " + Format.number(BackpropModel.value(m.net, bias), 3);
        plot.g.fillText(above, x, y - R - 10);
        if (known) plot.g.fillText("z = " + Format.number(hidden ? m.z(n - 2) : m.prediction(), 3), x, y + R + 10);
        if (stage >= (hidden ? BackpropModel.BACK_HIDDEN : BackpropModel.BACK_OUTPUT)) {
            plot.g.setFont("600 11.5px system-ui, sans-serif");
            plot.g.setFillStyle(orange);
            plot.g.fillText("δ = ∂L/∂z = " + Format.number(m.gradient(bias), 4), x, y + R + 25);
        }
    }
}
