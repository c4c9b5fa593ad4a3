package playground.client.lessons;

import org.teavm.jso.dom.html.HTMLElement;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.ReducedMotion;
import playground.client.ui.Slider;
import playground.picture.Palette;

/**
 * L1, linear regression: house prices against distance to the centre, the line
 * {@code price = w·distance + b}, its squared residuals and mean squared error, gradient descent
 * step by step with a learning rate (too large diverges, and the lesson says so), and the loss
 * surface L(w, b) with the path of descent. Everything computed is in {@link LinearRegressionModel}.
 */
final class LinearRegressionLesson {
    static final String NAME = "linear-regression";
    private static final String[] RATES = {"0.01", "0.03", "0.1", "0.3", "0.6", "1"};
    private static final String DEFAULT_RATE = "0.1";

    private final HTMLElement root;
    private final LessonPage page;
    private final I18n i18n;
    private final LinearRegressionModel model = new LinearRegressionModel();
    private final Animation animation;
    private final HousePlot houses;
    private final Plot map;
    private final ContourMap contours = new ContourMap();
    private final HTMLElement steps, status, lineText, mseText, gradientText, updateText;
    private final Slider wSlider, bSlider;

    LinearRegressionLesson(HTMLElement root, LessonPage page) {
        this.root = root;
        this.page = page;
        this.i18n = page.i18n;
        model.setRate(Double.parseDouble(DEFAULT_RATE));
        animation = new Animation(root, page, this::frame);

        HTMLElement bar = Controls.bar(root);
        Controls.play(bar, animation, i18n);
        Controls.button(bar, "step", "lessons.step", () -> {
            animation.pause();
            stepOnce();
        });
        Controls.button(bar, "reset", "lessons.reset", () -> {
            animation.pause();
            model.setLine(LinearRegressionModel.START_W, LinearRegressionModel.START_B);
            render();
        });
        Controls.choice(bar, "rate", "hyper.learningRate", RATES, literal(RATES), DEFAULT_RATE, v -> {
            model.setRate(Double.parseDouble(v));
            render();
        });
        steps = Controls.readout(bar, "steps", "lessons.steps");
        status = Dom.el(root, "p", "lesson-status");
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");

        HTMLElement figures = Dom.el(root, "div", "lesson-figures");
        HTMLElement left = figure(figures, "l1.scatterCaption");
        left.setAttribute("data-control", "scatter");
        houses = new HousePlot(new Plot(null, "houses", 0.75), model, this::changedByHand);
        left.insertBefore(houses.plot.canvas, left.getFirstChild());
        houses.plot.canvas.setAttribute("data-i18n-aria", "l1.scatterLabel");
        houses.plot.canvas.setAttribute("role", "img");
        HTMLElement right = figure(figures, "l1.mapCaption");
        right.setAttribute("data-control", "map");
        map = new Plot(null, "loss-map", 0.75);
        right.insertBefore(map.canvas, right.getFirstChild());
        map.canvas.setAttribute("data-i18n-aria", "l1.mapLabel");
        map.canvas.setAttribute("role", "img");
        map.range(-3, 1.5, 0.5, 8.5);
        Drag.attach(map, new Drag.Handler() {
            @Override
            public boolean down(double w, double b) {
                move(w, b);
                return true;
            }

            @Override
            public void move(double w, double b) {
                model.setLine(w, b);
                changedByHand();
            }
        });

        HTMLElement sliders = Dom.el(root, "div", "lesson-sliders");
        wSlider = new Slider(sliders, LessonPage.SLIDER_FIELD, "w", "l1.w", -3, 1.5, 0.01,
                value -> Format.number(value, 2), v -> {
            model.setLine(v, model.b());
            changedByHand();
        });
        bSlider = new Slider(sliders, LessonPage.SLIDER_FIELD, "b", "l1.b", 0.5, 8.5, 0.01,
                value -> Format.number(value, 2), v -> {
            model.setLine(model.w(), v);
            changedByHand();
        });

        HTMLElement formulas = Dom.el(root, "div", "formulas");
        formulas.setAttribute("data-control", "formulas");
        lineText = row(formulas, "l1.line");
        mseText = row(formulas, "l1.mse");
        gradientText = row(formulas, "l1.gradient");
        updateText = row(formulas, "l1.update");
        Dom.text(root, "p", "lesson-hint", "l1.hint").setAttribute("data-control", "hint");

        page.onRedraw(() -> {
            contours.invalidate();
            render();
        });
        page.onLanguageChange(this::render);
        root.setAttribute("data-xs", Format.exact(model.x, LinearRegressionModel.POINTS));
        render();
        if (ReducedMotion.mayAutoplay(page.options.autoplay)) animation.play();
    }

    /**
     * The typical error in the unit that suits its size, so that a diverging line reads "220
     * million" rather than "220000 thousand"; null once it is no longer a number.
     */
    private String typicalError(double thousands) {
        if (!(thousands < Double.POSITIVE_INFINITY)) return null;
        if (thousands < 1000) return i18n.t("l1.typical", Format.number(thousands, 1));
        if (thousands < 1e6) return i18n.t("l1.typicalMillion", Format.number(thousands / 1000, 1));
        return i18n.t("l1.typicalBillion", Format.number(thousands / 1e6, 1));
    }

    static String[] literal(String[] values) {
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) labels[i] = "=" + values[i];
        return labels;
    }

    private static HTMLElement figure(HTMLElement parent, String captionKey) {
        HTMLElement figure = Dom.el(parent, "figure", "lesson-figure");
        Dom.text(figure, "figcaption", null, captionKey);
        return figure;
    }

    private static HTMLElement row(HTMLElement parent, String labelKey) {
        HTMLElement row = Dom.el(parent, "div", "formula-row");
        Dom.text(row, "span", "formula-label", labelKey);
        return Dom.el(row, "span", "formula");
    }

    private void changedByHand() {
        animation.pause();
        contours.invalidate();
        render();
    }

    private boolean frame() {
        stepOnce();
        return !model.exploded() && !model.arrived();
    }

    private void stepOnce() {
        if (!model.exploded()) model.step();
        render();
    }

    private void render() {
        Palette palette = page.palette();
        houses.draw(i18n.t("l1.xAxis"), i18n.t("l1.yAxis"), palette);
        drawMap(palette);
        double w = model.w();
        double b = model.b();
        double[] g = model.gradient();
        double rate = model.trainer.learningRate;
        wSlider.set(w);
        bSlider.set(b);
        steps.setTextContent(Integer.toString(model.steps()));
        lineText.setTextContent("ŷ = w·x + b = " + Format.number(w, 3) + "·x + " + Format.number(b, 3)
                + "    (" + i18n.t("l1.units") + ")");
        double mse = model.mse();
        double typical = Math.sqrt(mse) * LinearRegressionModel.THOUSANDS_PER_Y;
        String inWords = typicalError(typical);
        mseText.setTextContent("MSE = 1/n · Σ (ŷᵢ − yᵢ)² = " + Format.loss(mse, 4, i18n)
                + (inWords == null ? "" : "    (" + inWords + ")"));
        gradientText.setTextContent("∂L/∂w = 1/n · Σ (ŷᵢ − yᵢ)·xᵢ = " + Format.number(g[0], 4)
                + "    ∂L/∂b = 1/n · Σ (ŷᵢ − yᵢ) = " + Format.number(g[1], 4));
        double nextW = w - rate * g[0];
        double nextB = b - rate * g[1];
        updateText.setTextContent("w ← w − η·∂L/∂w = " + Format.number(nextW, 3) + "    b ← b − η·∂L/∂b = "
                + Format.number(nextB, 3) + "    (η = " + Format.number(rate, 2) + ")");
        String message = model.diverging() ? "l1.diverging" : model.arrived() ? "l1.arrived" : null;
        status.setTextContent(message == null ? "" : i18n.t(message));
        Dom.toggleClass(status, "warning", model.diverging());
        root.setAttribute("data-w", Format.exact(w));
        root.setAttribute("data-b", Format.exact(b));
        root.setAttribute("data-mse", Format.exact(mse));
        root.setAttribute("data-steps", Integer.toString(model.steps()));
        root.setAttribute("data-diverging", model.diverging() ? "true" : "false");
        root.setAttribute("data-ys", Format.exact(model.y, LinearRegressionModel.POINTS));
        root.setAttribute("data-xs", Format.exact(model.x, LinearRegressionModel.POINTS));
    }

    private void drawMap(Palette palette) {
        if (!map.begin()) return;
        contours.draw(map, model::lossAt, palette);
        map.axes(i18n.t("l1.mapX"), i18n.t("l1.mapY"), 1, 0);
        LinearRegressionModel.GrowingPath path = model.path;
        map.curve(path.w, path.b, path.size, Palette.css(palette.negative), 2);
        map.g.save();
        map.clipToArea();
        for (int i = 0; i < path.size; i++) map.dot(path.w[i], path.b[i], 2, Palette.css(palette.negative), null);
        map.dot(model.w(), model.b(), 5.5, Palette.css(palette.negative), Plot.color("--panel"));
        map.g.restore();
    }
}
