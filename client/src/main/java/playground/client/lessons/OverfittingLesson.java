package playground.client.lessons;

import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.LineChart;
import playground.client.ui.ReducedMotion;
import playground.client.ui.Slider;
import playground.data.Dataset;
import playground.data.Houses;
import playground.picture.Palette;

/**
 * L2, overfitting: a few noisy houses, a network whose capacity (hidden units) the reader sets,
 * training and test loss side by side and over time. With many units the curve threads every
 * training point and misses the test points; more data, or regularization, cures it. The state
 * is {@link OverfittingModel}'s.
 */
final class OverfittingLesson {
    static final String NAME = "overfitting";
    private static final int EPOCHS_PER_FRAME = 20;
    private static final String[] POINT_CHOICES = {"8", "16", "32", "64"};
    private static final int CURVE_SAMPLES = 240;

    private final HTMLElement root;
    private final LessonPage page;
    private final I18n i18n;
    private final OverfittingModel model = new OverfittingModel();
    private final Animation animation;
    private final Plot plot;
    private final LineChart chart;
    private final HTMLSelectElement points;
    private final HTMLButtonElement more, regularize;
    private final HTMLElement epoch, train, test, gap, status, capacityText;
    private final double[] curveX = new double[CURVE_SAMPLES];
    private final double[] curveY = new double[CURVE_SAMPLES];

    OverfittingLesson(HTMLElement root, LessonPage page) {
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
        Controls.button(bar, "reset", "lessons.reset", () -> restart(model::restart));
        Slider capacity = new Slider(bar, LessonPage.SLIDER_FIELD, "capacity", "l2.capacity", 0,
                OverfittingModel.CAPACITIES.length - 1, 1,
                value -> Format.number(value, 0), v -> restart(() -> model.setHidden(units(v))));
        capacity.showing(v -> Integer.toString(units(v)));
        capacity.set(indexOf(model.hidden()));
        capacityText = Dom.el(bar, "span", "capacity-text numbers");
        points = Controls.choice(bar, "points", "l2.points", POINT_CHOICES, LinearRegressionLesson.literal(POINT_CHOICES),
                "8", v -> restart(() -> model.setTrainingPoints(Integer.parseInt(v))));
        more = Controls.button(bar, "more", "l2.more", () -> {
            int next = Math.min(OverfittingModel.MOST, model.train().size() * 2);
            points.setValue(Integer.toString(next));
            restart(() -> model.setTrainingPoints(next));
        });
        regularize = Controls.button(bar, "regularize", "l2.regularize",
                () -> restart(() -> model.setRegularized(!model.regularized())));
        epoch = Controls.readout(bar, "epoch", "run.epoch");
        status = Dom.el(root, "p", "lesson-status");
        status.setAttribute("role", "status");

        HTMLElement figures = Dom.el(root, "div", "lesson-figures");
        HTMLElement left = Dom.el(figures, "figure", "lesson-figure");
        plot = new Plot(left, "curve-plot", 0.75);
        plot.canvas.setAttribute("role", "img");
        plot.canvas.setAttribute("data-i18n-aria", "l2.plotLabel");
        plot.range(0, 30, 100, 600);
        Dom.text(left, "figcaption", null, "l2.plotCaption");
        HTMLElement right = Dom.el(figures, "figure", "lesson-figure");
        right.setAttribute("data-control", "chart");
        HTMLElement losses = Dom.el(right, "dl", "losses");
        Dom.text(losses, "dt", null, "output.trainLoss");
        train = Dom.el(losses, "dd", "train-loss");
        Dom.text(losses, "dt", null, "output.testLoss");
        test = Dom.el(losses, "dd", "test-loss");
        Dom.text(losses, "dt", null, "l2.gap");
        gap = Dom.el(losses, "dd", "gap");
        HTMLElement box = Dom.el(right, "div", "chart-box");
        chart = new LineChart(box, "chart", 150);
        chart.canvas.setAttribute("role", "img");
        chart.canvas.setAttribute("data-i18n-aria", "l2.chartLabel");
        HTMLElement legend = Dom.el(right, "div", "chart-legend");
        Dom.el(legend, "span", "key test-key").setAttribute("aria-hidden", "true");
        Dom.text(legend, "span", null, "output.testLoss");
        Dom.el(legend, "span", "key train-key").setAttribute("aria-hidden", "true");
        Dom.text(legend, "span", null, "output.trainLoss");
        Dom.text(legend, "span", "muted", "l2.logScale");
        Dom.text(right, "figcaption", null, "l2.chartCaption");

        page.onRedraw(this::render);
        page.onLanguageChange(this::render);
        render();
        if (ReducedMotion.mayAutoplay(page.options.autoplay)) animation.play();
    }

    private static int units(double index) {
        int i = (int) Math.round(index);
        return OverfittingModel.CAPACITIES[Math.max(0, Math.min(OverfittingModel.CAPACITIES.length - 1, i))];
    }

    private static int indexOf(int units) {
        for (int i = 0; i < OverfittingModel.CAPACITIES.length; i++) {
            if (OverfittingModel.CAPACITIES[i] == units) return i;
        }
        return 0;
    }

    /** Any change trains again from the start, and plays, since only training shows its effect. */
    private void restart(Runnable change) {
        change.run();
        render();
        animation.play();
    }

    private void render() {
        Palette palette = page.palette();
        int e = model.epoch();
        double trainLoss = model.trainLoss(e);
        double testLoss = model.testLoss(e);
        epoch.setTextContent(Integer.toString(e));
        train.setTextContent(Format.loss(trainLoss, 4, i18n));
        test.setTextContent(Format.loss(testLoss, 4, i18n));
        gap.setTextContent(Format.number(testLoss - trainLoss, 4));
        capacityText.setTextContent(i18n.t("l2.parameters", model.parameters()));
        more.setDisabled(model.train().size() >= OverfittingModel.MOST);
        Dom.pressed(regularize, model.regularized());
        drawPlot(palette);
        String fg = Plot.color("--fg");
        String muted = Plot.color("--muted");
        chart.draw(e + 1, new LineChart.Series[] {model::testLoss, model::trainLoss}, new String[] {fg, muted}, true);
        int best = model.bestEpoch();
        if (e > 0 && best < e) chart.mark(best, model.testLoss(best), Palette.css(palette.negative));
        status.setTextContent(message(trainLoss, testLoss, best));
        Dom.toggleClass(status, "warning", overfits(trainLoss, testLoss));
        root.setAttribute("data-epoch", Integer.toString(e));
        root.setAttribute("data-train-loss", Format.exact(trainLoss));
        root.setAttribute("data-test-loss", Format.exact(testLoss));
        root.setAttribute("data-points", Integer.toString(model.train().size()));
        root.setAttribute("data-hidden", Integer.toString(model.hidden()));
        root.setAttribute("data-finished", model.finished() ? "true" : "false");
    }

    /** Test loss well above training loss: the network has learned the noise. */
    static boolean overfits(double trainLoss, double testLoss) {
        return testLoss > trainLoss * 1.5 && testLoss - trainLoss > 0.03;
    }

    private String message(double trainLoss, double testLoss, int best) {
        int e = model.epoch();
        if (e == 0) return i18n.t("l2.start");
        if (overfits(trainLoss, testLoss)) {
            return best < e - 20 ? i18n.t("l2.overfit") + " " + i18n.t("l2.turned", best) : i18n.t("l2.overfit");
        }
        return model.finished() ? i18n.t("l2.generalizes") : "";
    }

    private void drawPlot(Palette palette) {
        if (!plot.begin()) return;
        plot.axes(i18n.t("l1.xAxis"), i18n.t("l1.yAxis"), 0, 0);
        String muted = Plot.color("--muted");
        String fg = Plot.color("--fg");
        String blue = Palette.css(palette.positive);
        Dataset test = model.test();
        plot.g.setGlobalAlpha(0.45);
        for (int i = 0; i < test.size(); i++) {
            plot.dot(Houses.km(test.x1[i]), Houses.priceThousands(test.label[i]), 2.5, null, muted);
        }
        plot.g.setGlobalAlpha(1);
        // the trend the prices scatter around, dashed
        plot.g.save();
        plot.g.setLineDash(dash());
        plot.line(plot.px(0), plot.py(Houses.trendPriceThousands(0)), plot.px(30),
                plot.py(Houses.trendPriceThousands(Houses.MAX_KM)), muted, 1.5);
        plot.g.restore();
        for (int i = 0; i < CURVE_SAMPLES; i++) {
            double km = 30.0 * i / (CURVE_SAMPLES - 1);
            curveX[i] = km;
            curveY[i] = Houses.priceThousands(model.predict(Houses.x1(km)));
        }
        plot.curve(curveX, curveY, CURVE_SAMPLES, blue, 2.5);
        Dataset train = model.train();
        for (int i = 0; i < train.size(); i++) {
            plot.dot(Houses.km(train.x1[i]), Houses.priceThousands(train.label[i]), 5, fg, Plot.color("--panel"));
        }
    }

    @org.teavm.jso.JSBody(script = "return [6, 5];")
    private static native org.teavm.jso.core.JSArray<org.teavm.jso.JSObject> dash();
}
