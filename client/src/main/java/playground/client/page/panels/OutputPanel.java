package playground.client.page.panels;

import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.typedarrays.Int8Array;
import playground.client.engine.EngineClient;
import playground.client.engine.Frame;
import playground.client.engine.Points;
import playground.client.engine.Protocol;
import playground.client.page.PageState;
import playground.client.ui.Canvases;
import playground.client.ui.Dom;
import playground.client.ui.HoverCard;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.client.ui.LossText;
import playground.config.Config;
import playground.config.Schema;
import playground.picture.HeatmapPainter;
import playground.picture.Palette;
import playground.train.TrainingRun;

/**
 * The right column: test and training loss as numbers and as a chart, the output picture (the
 * network's answer over the whole plane) with the data on it and a button to see it larger, the
 * points tools ({@link PointsBar}), its colour legend, the two view toggles, and a plain-words
 * explanation when training diverges.
 */
public final class OutputPanel {
    private static final int PICTURE_CSS = 300;

    private final PageState state;
    private final EngineClient engine;
    private final ThemeSwitch theme;
    private final I18n i18n;
    private final PointTool tool;
    private final HTMLElement testLoss;
    private final HTMLElement trainLoss;
    final HTMLCanvasElement heatmap;
    final HTMLCanvasElement pointsLayer;
    private final HTMLElement diverged;
    private final HTMLElement divergedText;
    private final HTMLButtonElement divergedFix;
    private final HTMLCanvasElement legendBar;
    private final HTMLElement legend;
    private final HTMLElement classLegend;
    private final HTMLElement legendHint;
    private double suggestedRate;
    /** The first data came before the first picture: its points are drawn right after that picture. */
    private boolean pointsAfterFirstPicture;

    public OutputPanel(HTMLElement parent, PageState state, EngineClient engine, ThemeSwitch theme, I18n i18n,
            HoverCard card, PointTool tool) {
        this.state = state;
        this.engine = engine;
        this.theme = theme;
        this.i18n = i18n;
        this.tool = tool;
        Dom.text(parent, "h2", null, "output.heading");
        HTMLElement losses = Dom.el(parent, "dl", "losses");
        Dom.text(losses, "dt", null, "output.testLoss");
        testLoss = Dom.el(losses, "dd", "loss-value");
        testLoss.setId("test-loss");
        Dom.text(losses, "dt", null, "output.trainLoss");
        trainLoss = Dom.el(losses, "dd", "loss-value");
        trainLoss.setId("train-loss");
        LossChart chart = new LossChart(parent, engine, i18n, card);
        theme.onChange(chart::recolour);

        HTMLElement picture = Dom.el(parent, "div", "picture");
        heatmap = Dom.canvas(picture, "heatmap", Protocol.DENSITY, Protocol.DENSITY);
        heatmap.setId("output-canvas");
        heatmap.setAttribute("role", "img");
        heatmap.setAttribute("data-i18n-aria", "output.picture");
        pointsLayer = Dom.canvas(picture, "points-layer", PICTURE_CSS, PICTURE_CSS);
        pointsLayer.setAttribute("aria-hidden", "true");
        diverged = Dom.el(picture, "div", "diverged");
        diverged.setAttribute("role", "alert");
        diverged.setId("diverged");
        divergedText = Dom.el(diverged, "p", null);
        divergedFix = Dom.button(diverged, "primary", null,
                () -> state.change(Schema.LEARNING_RATE, suggestedRate, PageState.Push.PUSH));
        diverged.setHidden(true);
        HTMLElement axes = Dom.el(picture, "div", "axes");
        axes.setAttribute("aria-hidden", "true");
        for (String tick : new String[] {"−6", "0", "6"}) Dom.el(axes, "span", null).setTextContent(tick);
        Dom.on(pointsLayer, "click", e -> click(e.cast()));
        HTMLButtonElement larger = Dom.iconButton(picture, "icon-button larger", "⤢", "output.larger",
                () -> toggleFullscreen(picture));
        larger.setId("output-larger");
        tool.onChange(() -> Dom.toggleClass(picture, "adding", tool.adding));
        new PointsBar(parent, state, tool, theme, i18n);

        legend = Dom.el(parent, "div", "legend");
        legend.setAttribute("aria-hidden", "true");
        classLegend = Dom.el(parent, "div", "legend class-legend");
        Dom.el(legend, "span", null).setTextContent("−1");
        legendBar = Dom.canvas(legend, "legend-bar", 100, 1);
        Dom.el(legend, "span", null).setTextContent("1");
        legendHint = Dom.text(parent, "p", "hint about-text", "output.legend");

        HTMLElement toggles = Dom.el(parent, "div", "toggles");
        HTMLInputElement showTest = Dom.checkbox(toggles, null, "output.showTestData");
        showTest.getParentNode().<HTMLElement>cast().setAttribute("data-control", Schema.SHOW_TEST_DATA);
        showTest.setId("show-test-data");
        Dom.on(showTest, "change", e ->
                state.setView(state.view().withShowTestData(showTest.isChecked()), PageState.Push.PUSH));
        HTMLInputElement discretize = Dom.checkbox(toggles, null, "output.discretize");
        discretize.getParentNode().<HTMLElement>cast().setAttribute("data-control", Schema.DISCRETIZE);
        discretize.setId("discretize");
        Dom.on(discretize, "change", e ->
                state.setView(state.view().withDiscretize(discretize.isChecked()), PageState.Push.PUSH));

        state.listen((c, v) -> {
            showTest.setChecked(state.view().showTestData);
            discretize.setChecked(state.view().discretize);
            if (v.showTestData != state.view().showTestData) drawPoints();
            drawLegend();
        });
        showTest.setChecked(state.view().showTestData);
        discretize.setChecked(state.view().discretize);
        engine.onFrame(this::paint);
        engine.onPictures(f -> {
            Canvases.put(heatmap, f.output, 0, Protocol.DENSITY);
            if (pointsAfterFirstPicture) Dom.afterThis(this::drawPoints); // in the same event
            pointsAfterFirstPicture = false;
        });
        engine.onPoints(p -> {
            if (engine.pictureFrame() == null) pointsAfterFirstPicture = true; else drawPoints();
        });
        theme.onChange(() -> {
            drawPoints();
            drawLegend();
        });
        i18n.onChange(() -> {
            paint(engine.frame());
            drawLegend();
        });
        Window.current().addEventListener("resize", e -> drawPoints());
        drawLegend();
    }

    /**
     * Paints the first picture of the run the worker is still building, with the page's own copy
     * of the core: the picture is on the page's first paint instead of after the worker's answer,
     * which carries the same bits (both run the same bundle) and paints them again.
     */
    public void paintAhead() {
        Config config = engine.freshRunDue();
        if (config == null) return;
        TrainingRun run = new TrainingRun(config);
        HeatmapPainter painter = new HeatmapPainter(run.network, run.features);
        painter.paint(theme.palette(), state.view().discretize, config.classes);
        Canvases.put(heatmap, Js.clamped(Int8Array.copyFromJavaArray(painter.output)), 0, Protocol.DENSITY);
    }

    private void paint(Frame f) {
        if (f == null) return;
        Dom.setText(testLoss, LossText.of(f.testLoss, 3, i18n));
        Dom.setText(trainLoss, LossText.of(f.trainLoss, 3, i18n));
        diverged.setHidden(!f.diverged);
        if (f.diverged) explainDivergence(f);
    }

    /** Says what happened and offers a learning rate ten times smaller, from the reference's list. */
    private void explainDivergence(Frame f) {
        double rate = state.config().learningRate;
        suggestedRate = Schema.LEARNING_RATES.get(0);
        for (double r : Schema.LEARNING_RATES) {
            if (r <= rate / 10) suggestedRate = r;
        }
        String suggestion = Js.precision(suggestedRate, 3);
        divergedText.setTextContent(i18n.t("output.diverged", Js.grouped(f.epoch, i18n.locale()),
                Js.precision(rate, 3), suggestion));
        divergedFix.setTextContent(i18n.t("output.useRate", suggestion));
    }

    /** The data on the picture: training points ringed in white, test points (when shown) in black. */
    void drawPoints() {
        Points p = engine.points();
        double ratio = Dom.pixelRatio();
        int size = (int) Math.max(1, pointsLayer.getClientWidth() * ratio);
        if (pointsLayer.getWidth() != size) {
            pointsLayer.setWidth(size);
            pointsLayer.setHeight(size);
        }
        CanvasRenderingContext2D g = pointsLayer.getContext("2d").cast();
        g.clearRect(0, 0, size, size);
        if (p == null) return;
        Palette palette = theme.palette();
        double r = Math.max(2.5, size / 90.0);
        g.setLineWidth(Math.max(1, ratio));
        drawSet(g, p.trainX1, p.trainX2, p.trainLabel, p.classes, palette, size, r, "#ffffff");
        if (state.view().showTestData) {
            drawSet(g, p.testX1, p.testX2, p.testLabel, p.classes, palette, size, r, "#000000");
        }
    }

    private static void drawSet(CanvasRenderingContext2D g, double[] x1, double[] x2, double[] label, int classes,
            Palette palette, double size, double r, String ring) {
        g.setStrokeStyle(ring);
        for (int i = 0; i < x1.length; i++) {
            g.setFillStyle(Palette.css(palette.labelRgb(label[i], classes)));
            g.beginPath();
            g.arc((x1[i] + 6) / 12 * size, (6 - x2[i]) / 12 * size, r, 0, Math.PI * 2);
            g.fill();
            g.stroke();
        }
    }

    /** The value scale from −1 to 1; with three or more classes, a swatch per class instead. */
    private void drawLegend() {
        Palette palette = theme.palette();
        int classes = state.config().isRegression() ? 0 : state.config().classes;
        legend.setHidden(classes > 2);
        classLegend.setHidden(classes <= 2);
        // with three or more classes the colours are the classes', not the orange-to-blue scale
        String hint = classes > 2 ? "output.legendClasses" : "output.legend";
        legendHint.setAttribute("data-i18n", hint);
        legendHint.setTextContent(i18n.t(hint));
        classLegend.clear();
        for (int k = 0; classes > 2 && k < classes; k++) {
            HTMLElement swatch = Dom.el(classLegend, "span", "swatch");
            swatch.getStyle().setProperty("background", Palette.css(palette.classRgb(k, classes)));
            Dom.el(classLegend, "span", null).setTextContent(i18n.t("data.classN", k + 1));
        }
        CanvasRenderingContext2D g = legendBar.getContext("2d").cast();
        for (int x = 0; x < 100; x++) {
            g.setFillStyle(palette.css((x - 49.5) / 49.5));
            g.fillRect(x, 0, 1, 1);
        }
    }

    private void click(MouseEvent e) {
        double w = pointsLayer.getClientWidth();
        double x = e.getClientX() - left(pointsLayer);
        double y = e.getClientY() - top(pointsLayer);
        double x1 = x / w * 12 - 6;
        double x2 = 6 - y / w * 12;
        if (state.view().isLocked(Schema.CUSTOM_POINTS) || state.view().isHidden(Schema.CUSTOM_POINTS)) return;
        tool.click(x1, x2, e.getShiftKey(), e.getAltKey());
    }

    /** The picture alone on the whole screen (or back): larger than any column, on a phone most of all. */
    @JSBody(params = "e", script = "if (document.fullscreenElement) { document.exitFullscreen(); }"
            + " else if (e.requestFullscreen) { e.requestFullscreen().catch(() => e.classList.toggle('enlarged')); }"
            + " else { e.classList.toggle('enlarged'); }")
    private static native void toggleFullscreen(HTMLElement e);

    @JSBody(params = "e", script = "return e.getBoundingClientRect().left;")
    private static native double left(HTMLElement e);

    @JSBody(params = "e", script = "return e.getBoundingClientRect().top;")
    private static native double top(HTMLElement e);
}
