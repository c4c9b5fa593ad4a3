package playground.client.lessons;

import playground.picture.Palette;

/**
 * The neuron of L3 drawn with its numbers: four inputs, links as wide and as coloured as their
 * weights (orange negative, blue positive), the neuron with its weighted input z and its
 * output a, and the bias.
 */
final class NeuronDiagram {
    private static final String[] SUB = {"₁", "₂", "₃", "₄"};

    final Plot plot;

    NeuronDiagram(Plot plot) {
        this.plot = plot;
        plot.left = 0;
        plot.right = 0;
        plot.top = 0;
        plot.bottom = 0;
        plot.range(0, 1, 0, 1);
    }

    void draw(NeuronModel model, String function, Palette palette) {
        if (!plot.begin()) return;
        String fg = Plot.color("--fg");
        String panel = Plot.color("--panel");
        String muted = Plot.color("--muted");
        double w = plot.width;
        double h = plot.height;
        double inX = w * 0.13;
        double nX = w * 0.62;
        double outX = w * 0.93;
        double nY = h * 0.5;
        double r = Math.max(34, Math.min(40, Math.min(w, h) * 0.14));
        double inR = 19;
        plot.g.setTextBaseline("middle");
        for (int i = 0; i < NeuronModel.INPUTS; i++) {
            double rows = NeuronModel.INPUTS + 0.5;
            double y = (i + 0.75) * h / rows;
            double weight = model.weights[i];
            // the link runs from the input's edge to the neuron's edge
            double dx = nX - inX;
            double dy = nY - y;
            double length = Math.sqrt(dx * dx + dy * dy);
            double ux = dx / length;
            double uy = dy / length;
            plot.line(ux * inR + inX, uy * inR + y, nX - ux * r, nY - uy * r, palette.css(weight / 2),
                    Math.abs(weight) * 3 + 0.75);
            plot.g.setFillStyle(panel);
            plot.g.setStrokeStyle(muted);
            plot.g.setLineWidth(1.5);
            plot.g.beginPath();
            plot.g.arc(inX, y, inR, 0, Math.PI * 2);
            plot.g.fill();
            plot.g.stroke();
            plot.mark("input" + (i + 1), inX - inR, y - inR, inX + inR, y + inR);
            plot.g.setFillStyle(fg);
            plot.g.setTextAlign("center");
            plot.textInCircle(Format.number(model.inputs[i], 2), "600 ", 11, inX, y, 0, inR);
            plot.g.setFont("12px system-ui, sans-serif");
            plot.g.setTextAlign("right");
            plot.text("a" + SUB[i], inX - inR - 4, y);
            // the weight's label sits on the link, on a backing so that it reads over the line
            double t = length * 0.42;
            double lx = ux * t + inX;
            double ly = uy * t + y;
            String label = "w" + SUB[i] + " = " + Format.number(weight, 2);
            plot.g.setTextAlign("center");
            plot.g.setFont("600 12px system-ui, sans-serif");
            double tw = plot.g.measureText(label).getWidth();
            plot.g.setFillStyle(panel);
            plot.g.fillRect(lx - tw / 2 - 3, ly - 8, tw + 6, 16);
            plot.g.setFillStyle(Palette.css(weight < 0 ? palette.negative : palette.positive));
            plot.text(label, lx, ly);
        }
        double a = model.a();
        plot.line(nX + r, nY, outX, nY, palette.css(Math.max(-1, Math.min(1, a / 2))), 2.5);
        plot.g.setFillStyle(panel);
        plot.g.setStrokeStyle(fg);
        plot.g.setLineWidth(2);
        plot.g.beginPath();
        plot.g.arc(nX, nY, r, 0, Math.PI * 2);
        plot.g.fill();
        plot.g.stroke();
        plot.mark("neuron", nX - r, nY - r, nX + r, nY + r);
        plot.g.setFillStyle(fg);
        plot.g.setTextAlign("center");
        plot.textInCircle("z = " + Format.number(model.z(), 3), "", 12, nX, nY, -r * 0.32, r);
        plot.textInCircle("a = " + Format.number(a, 3), "600 ", 13, nX, nY, r * 0.32, r);
        plot.g.setFont("12px system-ui, sans-serif");
        plot.g.setFillStyle(muted);
        plot.text("b = " + Format.number(model.bias, 2), nX, nY - r - 11);
        plot.text(function, nX, nY + r + 13);
        plot.g.setFillStyle(fg);
        plot.g.setTextAlign("right");
        plot.text(Format.number(a, 3), outX, nY - 12);
    }

}
