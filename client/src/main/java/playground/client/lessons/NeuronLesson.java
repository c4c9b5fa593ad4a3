package playground.client.lessons;

import org.teavm.jso.dom.html.HTMLElement;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Slider;
import playground.nn.Activation;
import playground.picture.Palette;

/**
 * L3, a neuron: {@code a = ReLU(w1·a1 + w2·a2 + w3·a3 + w4·a4 + b)} with a slider for every
 * number, the activation function to switch, and a two-layer network drawn as a function of
 * one input, once without a non-linearity (one straight line, whatever the weights) and once
 * with it. The numbers come from {@link NeuronModel}.
 */
final class NeuronLesson {
    static final String NAME = "neuron";
    private static final String[] ACTIVATIONS = {"relu", "tanh", "sigmoid", "leakyrelu", "linear"};
    private static final int SAMPLES = 121;
    private static final String[] SUB = {"₁", "₂", "₃", "₄"};

    private final HTMLElement root;
    private final LessonPage page;
    private final I18n i18n;
    private final NeuronModel model = new NeuronModel();
    private final NeuronDiagram diagram;
    private final Plot function, linear, bent;
    private final HTMLElement formula, zOut, aOut, collapse, bentCaption;
    private final double[] xs = new double[SAMPLES];
    private final double[] ys = new double[SAMPLES];
    private int seed = 1;

    NeuronLesson(HTMLElement root, LessonPage page) {
        this.root = root;
        this.page = page;
        this.i18n = page.i18n;

        HTMLElement bar = Controls.bar(root);
        Controls.choice(bar, "activation", "hyper.activation", ACTIVATIONS, activationKeys(), "relu", v -> {
            model.setActivation(Activation.byName(v));
            render();
        });

        HTMLElement equation = Dom.el(root, "div", "neuron-equation");
        formula = Dom.el(equation, "p", "formula");
        HTMLElement result = Dom.el(equation, "p", "formula neuron-result");
        Dom.el(result, "span", null).setTextContent("z = ");
        zOut = Dom.el(result, "output", "value");
        zOut.setAttribute("data-value", "z");
        Dom.el(result, "span", null).setTextContent("    a = ");
        aOut = Dom.el(result, "output", "value strong");
        aOut.setAttribute("data-value", "a");

        HTMLElement figures = Dom.el(root, "div", "lesson-figures");
        HTMLElement left = Dom.el(figures, "figure", "lesson-figure");
        diagram = new NeuronDiagram(new Plot(left, "neuron-diagram", 0.62));
        diagram.plot.minHeight = 230;
        diagram.plot.canvas.setAttribute("role", "img");
        diagram.plot.canvas.setAttribute("data-i18n-aria", "l3.diagramLabel");
        Dom.text(left, "figcaption", null, "l3.diagramCaption");
        HTMLElement right = Dom.el(figures, "figure", "lesson-figure");
        function = new Plot(right, "activation-plot", 0.62);
        function.range(-4, 4, -1.5, 4);
        function.canvas.setAttribute("role", "img");
        function.canvas.setAttribute("data-i18n-aria", "l3.functionLabel");
        Dom.text(right, "figcaption", null, "l3.functionCaption");

        HTMLElement sliders = Dom.el(root, "div", "lesson-sliders neuron-sliders");
        for (int i = 0; i < NeuronModel.INPUTS; i++) {
            int k = i;
            int number = i + 1;
            new Slider(sliders, LessonPage.SLIDER_FIELD, "a" + number, "l3.a" + number, -2, 2, 0.05,
                value -> Format.number(value, 2), v -> {
                model.inputs[k] = v;
                render();
            }).set(model.inputs[i]);
        }
        for (int i = 0; i < NeuronModel.INPUTS; i++) {
            int k = i;
            int number = i + 1;
            new Slider(sliders, LessonPage.SLIDER_FIELD, "w" + number, "l3.w" + number, -2, 2, 0.05,
                value -> Format.number(value, 2), v -> {
                model.weights[k] = v;
                render();
            }).set(model.weights[i]);
        }
        new Slider(sliders, LessonPage.SLIDER_FIELD, "b", "l3.b", -2, 2, 0.05,
                value -> Format.number(value, 2), v -> {
            model.bias = v;
            render();
        }).set(model.bias);

        HTMLElement layers = Dom.el(root, "div", "two-layers");
        layers.setAttribute("data-control", "layers");
        Dom.text(layers, "h3", "lesson-subhead", "l3.layersHeading");
        Dom.text(layers, "p", "lesson-hint", "l3.layersText");
        HTMLElement pair = Dom.el(layers, "div", "lesson-figures");
        HTMLElement one = Dom.el(pair, "figure", "lesson-figure");
        linear = new Plot(one, "pair-plot linear", 0.5);
        linear.canvas.setAttribute("data-pair", "linear");
        HTMLElement linearCaption = Dom.text(one, "figcaption", null, "l3.linearCaption");
        HTMLElement two = Dom.el(pair, "figure", "lesson-figure");
        bent = new Plot(two, "pair-plot bent", 0.5);
        bent.canvas.setAttribute("data-pair", "bent");
        bentCaption = Dom.el(two, "figcaption", null);
        for (Plot p : new Plot[] {linear, bent}) {
            p.range(-NeuronModel.X_RANGE, NeuronModel.X_RANGE, -4, 4);
            p.canvas.setAttribute("role", "img");
        }
        // each picture is named by its caption, which says what it shows
        named(linear, linearCaption);
        named(bent, bentCaption);
        collapse = Dom.el(layers, "p", "formula collapse");
        Controls.button(layers, "shuffle", "l3.shuffle", () -> {
            model.shuffle(++seed);
            render();
        });

        page.onRedraw(this::render);
        page.onLanguageChange(this::render);
        render();
    }

    private static String[] activationKeys() {
        String[] keys = new String[ACTIVATIONS.length];
        for (int i = 0; i < keys.length; i++) keys[i] = "activation." + ACTIVATIONS[i];
        return keys;
    }

    /** The activation as it is written in a formula. */
    private static String symbol(Activation a) {
        switch (a) {
            case RELU: return "ReLU";
            case TANH: return "tanh";
            case SIGMOID: return "σ";
            case LEAKY_RELU: return "LeakyReLU";
            default: return "";
        }
    }

    private static String wrap(String f, String inner) {
        return f.isEmpty() ? inner : f + "(" + inner + ")";
    }

    private static String signed(double v) {
        String s = Format.number(v, 2);
        return v < 0 ? "(" + s + ")" : s;
    }

    private static void named(Plot plot, HTMLElement caption) {
        caption.setId(Dom.uniqueId("pair-caption"));
        plot.canvas.setAttribute("aria-labelledby", caption.getId());
    }

    private void render() {
        Palette palette = page.palette();
        String f = symbol(model.activation());
        StringBuilder general = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < NeuronModel.INPUTS; i++) {
            general.append("w").append(SUB[i]).append("·a").append(SUB[i]).append(" + ");
            numbers.append(signed(model.weights[i])).append("·").append(signed(model.inputs[i])).append(" + ");
        }
        general.append("b");
        numbers.append(signed(model.bias));
        double z = model.z();
        double a = model.a();
        formula.setTextContent("a = " + wrap(f, general.toString()) + "\n  = " + wrap(f, numbers.toString())
                + "\n  = " + wrap(f, Format.number(z, 3)) + " = " + Format.number(a, 3));
        zOut.setTextContent(Format.number(z, 3));
        aOut.setTextContent(Format.number(a, 3));
        root.setAttribute("data-z", Format.exact(z));
        root.setAttribute("data-a", Format.exact(a));
        diagram.draw(model, f.isEmpty() ? "a = z" : "a = " + f + "(z)", palette);
        drawFunction(palette, z, a);
        String name = i18n.t("activation." + model.activation().configName);
        bentCaption.setTextContent(i18n.t("l3.bentCaption", name));
        pairRange();
        drawPair(linear, false, palette);
        drawPair(bent, true, palette);
        double intercept = model.pair(false, 0);
        double slope = model.pair(false, 1) - intercept;
        collapse.setTextContent(i18n.t("l3.collapse", Format.number(slope, 3), Format.number(intercept, 3)));
    }

    private void drawFunction(Palette palette, double z, double a) {
        Plot p = function;
        if (!p.begin()) return;
        p.axes("z", "a = f(z)", 0, 0);
        for (int i = 0; i < SAMPLES; i++) {
            xs[i] = (p.xMax - p.xMin) * i / (SAMPLES - 1) + p.xMin;
            ys[i] = model.activation().apply(xs[i]);
        }
        p.line(p.px(0), p.top, p.px(0), p.top + p.plotHeight(), Plot.color("--muted"), 1);
        p.line(p.left, p.py(0), p.left + p.plotWidth(), p.py(0), Plot.color("--muted"), 1);
        p.curve(xs, ys, SAMPLES, Palette.css(palette.positive), 2.5);
        if (z >= p.xMin && z <= p.xMax) p.dot(z, a, 5.5, Palette.css(palette.negative), Plot.color("--panel"));
    }

    /** One y range for both pictures, so that they compare, wide enough for both curves. */
    private void pairRange() {
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double x = (2 * NeuronModel.X_RANGE) * i / (SAMPLES - 1) - NeuronModel.X_RANGE;
            for (boolean bentOne : new boolean[] {false, true}) {
                double y = model.pair(bentOne, x);
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        double pad = Math.max(0.5, (hi - lo) * 0.08);
        for (Plot p : new Plot[] {linear, bent}) {
            p.range(-NeuronModel.X_RANGE, NeuronModel.X_RANGE, Math.floor(lo - pad), Math.ceil(hi + pad));
        }
    }

    private void drawPair(Plot p, boolean withActivation, Palette palette) {
        for (int i = 0; i < SAMPLES; i++) {
            xs[i] = (p.xMax - p.xMin) * i / (SAMPLES - 1) + p.xMin;
            ys[i] = model.pair(withActivation, xs[i]);
        }
        p.canvas.setAttribute("data-xs", Format.exact(xs, SAMPLES));
        p.canvas.setAttribute("data-ys", Format.exact(ys, SAMPLES));
        if (!p.begin()) return;
        p.axes("x", "f(x)", 0, 0);
        p.curve(xs, ys, SAMPLES, Palette.css(withActivation ? palette.negative : palette.positive), 2.5);
    }
}
