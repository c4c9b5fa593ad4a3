package playground.client.lessons;

import org.teavm.jso.dom.html.HTMLElement;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.ReducedMotion;
import playground.client.ui.Slider;
import playground.picture.Palette;

/**
 * L4, depth versus width: a deep narrow and a shallow wide network with about the same number
 * of parameters learn the same data side by side; under each, the size of every layer's
 * gradient over time. With sigmoid the deep network's first layers hardly get any gradient
 * (the vanishing gradient); ReLU keeps it. The state is {@link DepthWidthModel}'s.
 */
final class DepthWidthLesson {
    static final String NAME = "depth-width";
    private static final int EPOCHS_PER_FRAME = 2;
    private static final String[] ACTIVATIONS = {"relu", "tanh", "sigmoid"};
    private static final String[] DATASETS = {"circle", "xor", "gauss", "spiral"};

    private final HTMLElement root;
    private final LessonPage page;
    private final I18n i18n;
    private final DepthWidthModel model = new DepthWidthModel();
    private final Animation animation;
    private final Column deep, wide;
    private final HTMLElement epoch, status;

    /** What is shown of one network. */
    private final class Column {
        final DepthWidthModel.Side side;
        final HTMLElement shape, parameters, losses;
        final OutputPicture picture;
        final LogChart chart;
        final HTMLElement legend;

        Column(HTMLElement parent, DepthWidthModel.Side side, String headingKey, String name) {
            this.side = side;
            HTMLElement box = Dom.el(parent, "figure", "lesson-figure network-side");
            box.setAttribute("data-side", name);
            Dom.text(box, "h3", "lesson-subhead", headingKey);
            shape = Dom.el(box, "p", "formula shape");
            parameters = Dom.el(box, "p", "parameters");
            HTMLElement row = Dom.el(box, "div", "side-row");
            picture = new OutputPicture(row);
            picture.canvas.setAttribute("role", "img");
            picture.canvas.setAttribute("data-i18n-aria", "l4.pictureLabel");
            losses = Dom.el(row, "p", "side-losses numbers");
            Dom.text(box, "p", "chart-title", "l4.gradients");
            chart = new LogChart(box, "gradient-chart");
            chart.plot.canvas.setAttribute("role", "img");
            chart.plot.canvas.setAttribute("data-i18n-aria", "l4.chartLabel");
            legend = Dom.el(box, "div", "chart-legend layer-legend");
        }

        LogChart.Series[] series() {
            int layers = side.layers();
            LogChart.Series[] series = new LogChart.Series[layers - 1];
            for (int l = 1; l < layers; l++) {
                int layer = l;
                series[l - 1] = e -> side.gradient(e, layer);
            }
            return series;
        }

        /** Draws the column; {@code range} is log10 of the gradients' extent over both columns. */
        void render(Palette palette, double[] range) {
            int layers = side.layers();
            StringBuilder s = new StringBuilder();
            for (int l = 0; l < layers; l++) s.append(l == 0 ? "" : " → ").append(side.run.network.size(l));
            shape.setTextContent(s.toString());
            int count = side.run.network.parameterCount();
            parameters.setTextContent(i18n.t("l4.parameters", count));
            parameters.setAttribute("data-parameters", Integer.toString(count));
            losses.setTextContent(i18n.t("output.trainLoss") + " " + Format.loss(side.run.trainLoss(), 3, i18n) + "\n"
                    + i18n.t("output.testLoss") + " " + Format.loss(side.run.testLoss(), 3, i18n));
            picture.draw(side.run, palette);
            String[] colours = new String[layers - 1];
            for (int l = 1; l < layers; l++) colours[l - 1] = colour(l, layers, palette);
            chart.draw(side.run.epoch(), series(), colours, range[0], range[1], i18n.t("run.epoch"));
            legendFor(layers, palette);
            double[] g = side.lastGradients();
            if (g != null) {
                StringBuilder exact = new StringBuilder();
                for (int l = 1; l < g.length; l++) exact.append(l > 1 ? "," : "").append(Format.exact(g[l]));
                parameters.setAttribute("data-gradients", exact.toString());
            } else {
                parameters.removeAttribute("data-gradients");
            }
        }

        private void legendFor(int layers, Palette palette) {
            legend.setInnerHTML("");
            for (int l = 1; l < layers; l++) {
                HTMLElement key = Dom.el(legend, "span", "layer-key");
                HTMLElement swatch = Dom.el(key, "span", "swatch-line");
                swatch.getStyle().setProperty("background", colour(l, layers, palette));
                Dom.el(key, "span", null).setTextContent(l == layers - 1 ? i18n.t("l4.outputLayer")
                        : i18n.t("l4.layer", l));
            }
        }
    }

    /** First layer orange, last blue, the ones between in between. */
    private static String colour(int layer, int layers, Palette palette) {
        double t = layers <= 2 ? 1 : (layer - 1) / (double) (layers - 2);
        return Palette.css(Palette.mix(palette.negative, palette.positive, t));
    }

    DepthWidthLesson(HTMLElement root, LessonPage page) {
        this.root = root;
        this.page = page;
        this.i18n = page.i18n;
        animation = new Animation(root, page, () -> {
            boolean more = model.train(EPOCHS_PER_FRAME);
            render();
            return more;
        });
        HTMLElement bar = Controls.bar(root);
        Controls.play(bar, animation, i18n);
        Controls.button(bar, "reset", "lessons.reset", () -> change(model::restart));
        new Slider(bar, LessonPage.SLIDER_FIELD, "depth", "l4.depth", DepthWidthModel.MIN_DEPTH,
                DepthWidthModel.MAX_DEPTH, 1,
                value -> Format.number(value, 0),
                v -> change(() -> model.setDepth((int) Math.round(v)))).set(model.depth());
        Controls.choice(bar, "activation", "hyper.activation", ACTIVATIONS, keys("activation.", ACTIVATIONS),
                model.activation(), v -> change(() -> model.setActivation(v)));
        Controls.choice(bar, "dataset", "l4.dataset", DATASETS, keys("dataset.", DATASETS), model.dataset(),
                v -> change(() -> model.setDataset(v)));
        epoch = Controls.readout(bar, "epoch", "run.epoch");
        status = Dom.el(root, "p", "lesson-status");
        status.setAttribute("role", "status");
        HTMLElement sides = Dom.el(root, "div", "lesson-figures");
        deep = new Column(sides, model.deep, "l4.deep", "deep");
        wide = new Column(sides, model.wide, "l4.wide", "wide");
        page.onRedraw(this::render);
        page.onLanguageChange(this::render);
        render();
        if (ReducedMotion.mayAutoplay(page.options.autoplay)) animation.play();
    }

    private static String[] keys(String prefix, String[] names) {
        String[] keys = new String[names.length];
        for (int i = 0; i < names.length; i++) keys[i] = prefix + names[i];
        return keys;
    }

    /** A new setting starts the networks afresh; it leaves playing or pausing to ▶, as the text says. */
    private void change(Runnable action) {
        action.run();
        render();
    }

    private void render() {
        Palette palette = page.palette();
        epoch.setTextContent(Integer.toString(model.epoch()));
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        LogChart.range(model.epoch(), deep.series(), range);
        LogChart.range(model.epoch(), wide.series(), range);
        if (!(range[0] <= range[1])) {
            range[0] = -3;
            range[1] = 0;
        }
        deep.render(palette, range);
        wide.render(palette, range);
        root.setAttribute("data-epoch", Integer.toString(model.epoch()));
        double[] g = model.deep.lastGradients();
        String message = i18n.t("l4.start");
        boolean vanishing = false;
        if (g != null) {
            double ratio = g[1] / g[g.length - 1];
            vanishing = ratio < 0.01;
            String shown = ratio < 0.01 ? "1/" + Format.number(1 / ratio, 0) : Format.number(ratio, 2);
            message = i18n.t(vanishing ? "l4.vanishing" : "l4.flowing", shown);
        }
        status.setTextContent(message);
        Dom.toggleClass(status, "warning", vanishing);
    }
}
