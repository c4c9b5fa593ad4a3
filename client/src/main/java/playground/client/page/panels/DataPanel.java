package playground.client.page.panels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.page.PageState;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.config.Config;
import playground.config.Limits;
import playground.config.Schema;
import playground.core.Rng;
import playground.data.DataGenerator;
import playground.data.Dataset;
import playground.picture.Palette;

/**
 * The left column: the data sets drawn as small pictures to pick from, the data sliders (train
 * share, noise, batch size, number of points), regenerate, and custom points from CSV (points
 * are added by hand under the output picture, {@link PointsBar}).
 */
public final class DataPanel {
    private static final int THUMB_CSS = 56;
    private static final int THUMB_POINTS = 160;

    private final PageState state;
    private final ThemeSwitch theme;
    private final I18n i18n;
    private final HTMLElement grid;
    private final List<HTMLButtonElement> thumbs = new ArrayList<>();
    private final PointTool tool;
    private String shownProblem;
    private boolean thumbsDrawn;

    public DataPanel(HTMLElement parent, PageState state, EngineClient engine, ThemeSwitch theme, I18n i18n,
            PointTool tool) {
        this.state = state;
        this.theme = theme;
        this.i18n = i18n;
        this.tool = tool;
        Dom.text(parent, "h2", null, "data.heading");
        HTMLElement pick = Dom.el(parent, "div", "field");
        pick.setAttribute("data-control", Schema.DATASET);
        Dom.text(pick, "p", "hint about-text", "data.which");
        grid = Dom.el(pick, "div", "datasets");
        grid.setAttribute("role", "group");
        grid.setAttribute("data-i18n-aria", "data.datasets");

        new ConfigSlider(parent, state, Schema.TRAIN_PERCENT, "data.trainPercent", Schema.MIN_TRAIN_PERCENT,
                Schema.MAX_TRAIN_PERCENT, 10, v -> v + "%");
        new ConfigSlider(parent, state, Schema.NOISE, "data.noise", 0, (int) Schema.MAX_NOISE, 5, v -> Integer.toString(v))
                .enabledWhen(c -> !c.isCustom());
        new ConfigSlider(parent, state, Schema.BATCH_SIZE, "data.batchSize", Schema.MIN_BATCH_SIZE,
                Schema.UI_MAX_BATCH_SIZE, 1, v -> Integer.toString(v));
        new ConfigSlider(parent, state, Schema.POINTS, "data.points", Limits.BROWSER.minPoints,
                Limits.BROWSER.maxPoints, 10, v -> Integer.toString(v)).enabledWhen(c -> !c.isCustom());

        HTMLButtonElement regenerate = Dom.button(parent, "wide-button", "data.regenerate", this::newData);
        regenerate.setAttribute("data-i18n-title", "data.regenerateTitle");
        regenerate.setAttribute("data-control", "regenerate");

        HTMLElement custom = Dom.el(parent, "div", "custom-tools");
        custom.setAttribute("data-control", Schema.CUSTOM_POINTS);
        Dom.text(custom, "h3", null, "data.customHeading");
        Dom.text(custom, "p", "hint", "data.customHint");
        new CsvDialog(custom, state, i18n);

        state.listen((c, v) -> render());
        theme.onChange(this::redrawThumbs);
        // The thumbnails' thousand dots are drawn right after the first frame has been painted (in
        // the same event, before anything else happens), not before it: the output comes first.
        showThumbs();
        engine.onFrame(f -> {
            if (!thumbsDrawn) Dom.afterThis(this::redrawThumbs);
            thumbsDrawn = true;
        });
    }

    /** New points from the next seed; the weights' seed is kept (written down if it was implied). */
    private void newData() {
        Config c = state.config();
        LinkedHashMap<String, Object> change = new LinkedHashMap<>();
        change.put(Schema.SEED, TrainingControls.next(c.seed));
        change.put(Schema.INIT_SEED, c.weightSeed());
        state.setConfig(c.withMap(change), PageState.Push.PUSH);
    }

    private void render() {
        showThumbs();
        redrawThumbs();
    }

    /** The data sets' buttons for the problem, the current one pressed (drawn by {@link #redrawThumbs}). */
    private void showThumbs() {
        Config c = state.config();
        if (!c.problem.equals(shownProblem)) buildThumbs(c.problem);
        for (HTMLButtonElement b : thumbs) Dom.pressed(b, b.getAttribute("data-dataset").equals(c.dataset));
    }

    private void buildThumbs(String problem) {
        shownProblem = problem;
        grid.clear();
        thumbs.clear();
        for (String name : Schema.datasetsFor(problem)) {
            HTMLButtonElement b = Dom.button(grid, "dataset", null, () -> {
                if (Schema.CUSTOM.equals(name)) {
                    tool.startCustom();
                } else {
                    state.change(Schema.DATASET, name, PageState.Push.PUSH);
                }
            });
            b.setAttribute("data-dataset", name);
            b.setAttribute("data-i18n-aria", "dataset." + name);
            b.setAttribute("data-i18n-title", "dataset." + name);
            double ratio = Dom.pixelRatio();
            HTMLCanvasElement canvas = Dom.canvas(b, "dataset-picture", (int) (THUMB_CSS * ratio),
                    (int) (THUMB_CSS * ratio));
            canvas.setAttribute("aria-hidden", "true");
            Dom.text(b, "span", "dataset-name", "dataset." + name);
            thumbs.add(b);
        }
        i18n.apply(grid);
    }

    private void redrawThumbs() {
        Palette palette = theme.palette();
        Config c = state.config();
        for (HTMLButtonElement b : thumbs) {
            String name = b.getAttribute("data-dataset");
            HTMLCanvasElement canvas = b.querySelector("canvas").cast();
            drawThumb(canvas, name, c, palette);
        }
    }

    private static void drawThumb(HTMLCanvasElement canvas, String name, Config c, Palette palette) {
        CanvasRenderingContext2D g = canvas.getContext("2d").cast();
        double size = canvas.getWidth();
        g.clearRect(0, 0, size, size);
        Dataset d;
        int classes = c.isRegression() ? 0 : (Schema.MULTICLASS_DATASETS.contains(name) ? c.classes : 2);
        if (Schema.CUSTOM.equals(name)) {
            if (!c.isCustom()) {
                g.setFillStyle(Palette.css(palette.neutral));
                g.setFont(Math.round(size / 2) + "px system-ui, sans-serif");
                g.setTextAlign("center");
                g.setTextBaseline("middle");
                g.setFillStyle(palette.dark ? "#9aa4ae" : "#5f6b76");
                g.fillText("+", size / 2, size / 2);
                return;
            }
            d = Dataset.custom(c.customPoints, classes);
        } else {
            d = DataGenerator.generate(name, THUMB_POINTS, classes, 0, new Rng(7, 1));
        }
        double r = Math.max(1.5, size / 40);
        for (int i = 0; i < d.size(); i++) {
            g.setFillStyle(Palette.css(palette.labelRgb(d.label[i], classes)));
            g.beginPath();
            double x = (d.x1[i] + 6) / 12 * size;
            double y = (6 - d.x2[i]) / 12 * size;
            g.arc(x, y, r, 0, Math.PI * 2);
            g.fill();
        }
    }
}
