package playground.client.lessons;

import playground.client.page.Palette;

/**
 * The 2-2-1 network of L5 with every number on it: inputs, weights and biases; after the
 * forward stages each neuron's z and a, the prediction and the loss; after the backward stages
 * each neuron's δ = ∂L/∂z and each weight's gradient; at the update, old → new weights.
 */
final class BackpropDiagram {
    private static final double[] NODE_X = {0.08, 0.08, 0.43, 0.43, 0.74};
    private static final double[] NODE_Y = {0.28, 0.76, 0.28, 0.76, 0.52};
    private static final String[] NAMES = {"x₁", "x₂", "h₁", "h₂", "ŷ"};
    private static final String[] WEIGHT_NAMES = {"w₁₁", "w₁₂", "w₂₁", "w₂₂", "v₁", "v₂"};

    final Plot plot;
    private double w, h, r;

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
        r = Math.max(16, Math.min(24, w * 0.035));
        int stage = m.stage();
        String fg = Plot.color("--fg");
        String muted = Plot.color("--muted");
        String orange = Palette.css(palette.negative);
        // links: weight p goes from node from[p] to node to[p]
        int[] from = {0, 1, 0, 1, 2, 3};
        int[] to = {2, 2, 3, 3, 4, 4};
        for (int p = 0; p < 6; p++) {
            double weight = BackpropModel.value(m.net, p);
            plot.line(nx(from[p]), ny(from[p]), nx(to[p]), ny(to[p]), palette.css(weight), Math.abs(weight) * 3 + 1);
        }
        plot.line(nx(4) + r, ny(4), w * 0.86, ny(4), muted, 1.5);
        for (int p = 0; p < 6; p++) {
            int parameter = p < 4 ? p : p + 2;
            double t = p < 4 ? 0.24 : 0.3;
            double lx = (nx(to[p]) - nx(from[p])) * t + nx(from[p]);
            double ly = (ny(to[p]) - ny(from[p])) * t + ny(from[p]);
            String text = WEIGHT_NAMES[p] + " " + Format.number(BackpropModel.value(m.at, parameter), 3);
            if (stage == BackpropModel.UPDATE) text = text + " → " + Format.number(BackpropModel.value(m.net, parameter), 3);
            label(text, lx, ly, fg, false);
            boolean backward = stage >= (p < 4 ? BackpropModel.BACK_HIDDEN : BackpropModel.BACK_OUTPUT);
            if (backward) {
                double gx = (nx(to[p]) - nx(from[p])) * 0.68 + nx(from[p]);
                double gy = (ny(to[p]) - ny(from[p])) * 0.68 + ny(from[p]);
                label("∂L/∂" + WEIGHT_NAMES[p] + " " + Format.number(m.gradient(parameter), 4), gx, gy, orange, true);
            }
        }
        for (int n = 0; n < 5; n++) node(m, n, stage, palette);
        // the loss, at the right
        double lx = w * 0.93;
        plot.g.setTextAlign("center");
        plot.g.setFillStyle(muted);
        plot.g.setFont("12px system-ui, sans-serif");
        plot.g.fillText("y = " + Format.number(BackpropModel.Y, 2), lx, ny(4) - 22);
        if (stage >= BackpropModel.LOSS) {
            plot.g.setFillStyle(stage == BackpropModel.LOSS ? orange : fg);
            plot.g.setFont("600 13px system-ui, sans-serif");
            plot.g.fillText("L = " + Format.number(m.loss(), 5), lx, ny(4) + 2);
        } else {
            plot.g.fillText("L = ?", lx, ny(4) + 2);
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
        plot.g.setFillStyle(Plot.color("--panel"));
        plot.g.setStrokeStyle(active ? orange : muted);
        plot.g.setLineWidth(active ? 3 : 1.5);
        plot.g.beginPath();
        plot.g.arc(nx(n), ny(n), r, 0, Math.PI * 2);
        plot.g.fill();
        plot.g.stroke();
        plot.g.setTextAlign("center");
        plot.g.setTextBaseline("middle");
        plot.g.setFillStyle(fg);
        plot.g.setFont("600 12px system-ui, sans-serif");
        double value = n < 2 ? BackpropModel.X[n] : hidden ? m.a(n - 2) : m.prediction();
        plot.g.fillText(known ? Format.number(value, 3) : "?", nx(n), ny(n));
        plot.g.setFont("12px system-ui, sans-serif");
        plot.g.setFillStyle(muted);
        double above = ny(n) - r - 9;
        double below = ny(n) + r + 10;
        plot.g.fillText(NAMES[n], nx(n) - r - 12, ny(n) - r + 2);
        if (hidden || output) {
            int bias = hidden ? n - 2 + 4 : 8;
            String name = hidden ? (n == 2 ? "b₁" : "b₂") : "c";
            String z = known ? "  z = " + Format.number(hidden ? m.z(n - 2) : m.prediction(), 3) : "";
            plot.g.fillText(name + " " + Format.number(BackpropModel.value(m.at, bias), 3) + z, nx(n), above);
            boolean backward = stage >= (hidden ? BackpropModel.BACK_HIDDEN : BackpropModel.BACK_OUTPUT);
            if (backward) {
                plot.g.setFillStyle(orange);
                plot.g.fillText("δ = ∂L/∂z = " + Format.number(m.gradient(bias), 4), nx(n), below);
            }
        }
    }

    private void label(String text, double x, double y, String colour, boolean bold) {
        plot.g.setFont((bold ? "600 " : "") + "11.5px system-ui, sans-serif");
        plot.g.setTextAlign("center");
        plot.g.setTextBaseline("middle");
        double tw = plot.g.measureText(text).getWidth();
        plot.g.setFillStyle(Plot.color("--panel"));
        plot.g.setGlobalAlpha(0.88);
        plot.g.fillRect(x - tw / 2 - 3, y - 8, tw + 6, 16);
        plot.g.setGlobalAlpha(1);
        plot.g.setFillStyle(colour);
        plot.g.fillText(text, x, y);
    }
}
