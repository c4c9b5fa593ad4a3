package playground.client.serverruns;

import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.core.Json;
import playground.picture.Palette;

/**
 * A sweep's result (docs/api.md) as a heatmap table of final test loss: rows are the first grid
 * setting's values, columns the second's; a third setting is chosen with a selector above the
 * table. Each cell shows the mean over its seeds (and their spread), coloured on the page's
 * diverging scale from blue (lowest loss) to orange (highest, on a log scale); diverged cells are
 * marked, the best cell is outlined with a star. A cell is a button that opens its run (the
 * configuration's own seed) in the playground. The numbers are the server's own
 * ({@code GET /api/runs/{id}}, {@code sweep}), each cell carrying the exact value in
 * {@code data-loss}.
 */
final class SweepTable {
    interface Opener {
        void open(int trial, String description);
    }

    private final HTMLElement box;
    private final I18n i18n;
    private final Opener opener;
    private Map<String, Object> sweep;
    private int seeds;
    private Palette palette;
    private int page;
    private String[] colours = new String[0];
    private boolean[] divergedCells = new boolean[0];

    SweepTable(HTMLElement parent, I18n i18n, Opener opener) {
        this.i18n = i18n;
        this.opener = opener;
        box = Dom.el(parent, "div", "sweep");
        box.setId("server-run-sweep");
        box.setHidden(true);
        i18n.onChange(this::render);
    }

    void clear() {
        sweep = null;
        colours = new String[0];
        divergedCells = new boolean[0];
        page = 0;
        render();
    }

    /** Shows the {@code sweep} part of a run's view. */
    void show(Map<String, Object> sweep, int seeds, Palette palette) {
        this.sweep = sweep;
        this.seeds = Math.max(1, seeds);
        this.palette = palette;
        render();
    }

    /**
     * Per cell (in the run's order), its colour in the table for the chart's curves: grey while
     * it trains, null once every seed diverged (its exploding curve would flatten all others).
     */
    String[] cellColours(int cells) {
        String[] out = new String[cells];
        for (int c = 0; c < cells; c++) {
            boolean divergedCell = c < divergedCells.length && divergedCells[c];
            out[c] = divergedCell ? null : c < colours.length && colours[c] != null ? colours[c] : "#888888";
        }
        return out;
    }

    // ---------------------------------------------------------------- reading the view

    @SuppressWarnings("unchecked")
    private List<String> names() {
        return (List<String>) sweep.get("settings");
    }

    @SuppressWarnings("unchecked")
    private List<Object> values(String name) {
        return (List<Object>) ((Map<String, Object>) sweep.get("values")).get(name);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> cells() {
        return (List<Map<String, Object>>) (List<?>) sweep.get("cells");
    }

    private static double mean(Map<String, Object> cell) {
        Object v = cell.get("meanTestLoss");
        return v instanceof Double ? (Double) v : Double.NaN;
    }

    private static int whole(Map<String, Object> cell, String key) {
        Object v = cell.get(key);
        return v instanceof Double ? (int) (double) (Double) v : 0;
    }

    @SuppressWarnings("unchecked")
    private static int firstTrial(Map<String, Object> cell) {
        Object trials = cell.get("trials");
        if (!(trials instanceof List) || ((List<Object>) trials).isEmpty()) return -1;
        Object first = ((List<Object>) trials).get(0);
        return first instanceof Double ? (int) (double) (Double) first : -1;
    }

    @SuppressWarnings("unchecked")
    private int bestTrial() {
        Object best = sweep.get("best");
        return best instanceof Map ? firstTrial((Map<String, Object>) best) : -1;
    }

    // ---------------------------------------------------------------- drawing

    /** The table's controls with an id (the page selector) start with this. */
    private static final String FOCUSABLE_PREFIX = "server-run-sweep";

    /**
     * Builds the table again, keeping the reader's place: a rebuild (a late read of the run
     * arriving, another page chosen) gives the focus back to the control of the table that had it.
     */
    private void render() {
        HTMLElement active = HTMLDocument.current().getActiveElement();
        String focused = active == null ? null : active.getId();
        build();
        if (focused != null && focused.startsWith(FOCUSABLE_PREFIX)) {
            HTMLElement again = HTMLDocument.current().getElementById(focused);
            if (again != null) again.focus();
        }
    }

    private void build() {
        while (box.getFirstChild() != null) box.removeChild(box.getFirstChild());
        box.setHidden(sweep == null);
        if (sweep == null) return;
        List<String> names = names();
        List<Map<String, Object>> cells = cells();
        int[] sizes = new int[3];
        for (int i = 0; i < 3; i++) sizes[i] = i < names.size() ? values(names.get(i)).size() : 1;
        colour(cells);
        int best = bestTrial();

        if (names.size() == 3) {
            HTMLSelectElement choose = Dom.select(null, "sweep-page");
            choose.setId("server-run-sweep-page");
            List<Object> third = values(names.get(2));
            for (int k = 0; k < third.size(); k++) {
                Dom.option(choose, Integer.toString(k), null).setTextContent(valueLabel(names.get(2), third.get(k)));
            }
            choose.setValue(Integer.toString(Math.min(page, third.size() - 1)));
            Dom.on(choose, "change", e -> {
                page = Integer.parseInt(choose.getValue());
                render();
                Dom.byId("server-run-sweep-page").focus();
            });
            HTMLElement field = Dom.el(box, "div", "field sweep-page-field");
            HTMLElement label = Dom.el(field, "label", null);
            label.setAttribute("for", choose.getId());
            label.setTextContent(settingLabel(names.get(2)));
            field.appendChild(choose);
        }

        HTMLElement scroller = Dom.el(box, "div", "sweep-scroll");
        HTMLElement table = Dom.el(scroller, "table", "sweep-table");
        HTMLElement caption = Dom.el(table, "caption", null);
        caption.setTextContent(i18n.t(seeds > 1 ? "serverRun.tableCaptionSeeds" : "serverRun.tableCaption", seeds));
        HTMLElement head = Dom.el(Dom.el(table, "thead", null), "tr", null);
        HTMLElement corner = Dom.el(head, "th", "corner");
        corner.setAttribute("scope", "col");
        if (names.size() >= 2) {
            corner.setTextContent(settingLabel(names.get(0)) + " ╲ " + settingLabel(names.get(1)));
            for (Object v : values(names.get(1))) {
                HTMLElement th = Dom.el(head, "th", null);
                th.setAttribute("scope", "col");
                th.setTextContent(valueLabel(names.get(1), v));
            }
        } else {
            corner.setTextContent(settingLabel(names.get(0)));
            HTMLElement th = Dom.el(head, "th", null);
            th.setAttribute("scope", "col");
            th.setTextContent(i18n.t("serverRun.testLoss"));
        }
        HTMLElement body = Dom.el(table, "tbody", null);
        int k = Math.min(page, sizes[2] - 1);
        List<Object> rows = values(names.get(0));
        for (int i = 0; i < sizes[0]; i++) {
            HTMLElement tr = Dom.el(body, "tr", null);
            HTMLElement th = Dom.el(tr, "th", null);
            th.setAttribute("scope", "row");
            th.setTextContent(valueLabel(names.get(0), rows.get(i)));
            for (int j = 0; j < sizes[1]; j++) {
                int index = (i * sizes[1] + j) * sizes[2] + k;
                if (index < cells.size()) cell(Dom.el(tr, "td", null), cells.get(index), index, best);
            }
        }
        legend();
    }

    /** One cell: the button that opens it, its number and marks. */
    private void cell(HTMLElement td, Map<String, Object> cell, int index, int best) {
        int trial = firstTrial(cell);
        int done = whole(cell, "trialsDone");
        int diverged = whole(cell, "diverged");
        double mean = mean(cell);
        HTMLButtonElement button = Dom.button(td, "sweep-cell", null, () -> opener.open(trial, describe(cell)));
        button.setAttribute("data-cell", Integer.toString(index));
        button.setAttribute("data-trial", Integer.toString(trial));
        String text;
        if (done == 0) {
            text = "…";
            Dom.toggleClass(button, "cell-pending", true);
        } else if (!(mean == mean) || diverged >= done) {
            // every seed diverged: whatever loss it stopped at means nothing
            text = "✕ " + i18n.t("serverRun.diverged");
            Dom.toggleClass(button, "cell-diverged", true);
        } else {
            button.setAttribute("data-loss", Json.write(mean));
            text = Js.precision(mean, 3);
            Object std = cell.get("stdTestLoss");
            if (seeds > 1 && std instanceof Double) text += " ±" + Js.precision((Double) std, 2);
            if (diverged > 0) text += " ⚠";
        }
        if (trial == best) {
            Dom.toggleClass(td, "best", true);
            text = "★ " + text;
        }
        button.setTextContent(text);
        if (colours[index] != null) {
            int rgb = palette.rgb(scaleValue(mean));
            button.getStyle().setProperty("background", Palette.css(rgb));
            button.getStyle().setProperty("color", light(rgb) ? "#1f2328" : "#ffffff");
        }
        button.setDisabled(done < seeds || trial < 0);
        String title = describe(cell) + (done == 0 ? "" : " — " + i18n.t("serverRun.cellTitle",
                mean == mean ? Js.precision(mean, 4) : i18n.t("serverRun.diverged"), diverged, seeds));
        if (trial == best) title += " — " + i18n.t("serverRun.best");
        if (done >= seeds) title += ". " + i18n.t("serverRun.openCell");
        button.setAttribute("title", title);
        button.setAttribute("aria-label", title);
    }

    private double lo;
    private double hi;

    /** Colours every finished cell: blue for the lowest loss to orange for the highest, on a log scale. */
    private void colour(List<Map<String, Object>> cells) {
        colours = new String[cells.size()];
        lo = Double.POSITIVE_INFINITY;
        hi = Double.NEGATIVE_INFINITY;
        for (Map<String, Object> c : cells) {
            double m = mean(c);
            if (trained(c) && m > 0) {
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
        }
        divergedCells = new boolean[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            Map<String, Object> c = cells.get(i);
            if (trained(c)) colours[i] = palette.css(scaleValue(mean(c)));
            int done = whole(c, "trialsDone");
            divergedCells[i] = done > 0 && whole(c, "diverged") >= done;
        }
    }

    /** Whether a cell has a loss to colour: some seeds finished, not all of them diverged. */
    private static boolean trained(Map<String, Object> cell) {
        double m = mean(cell);
        int done = whole(cell, "trialsDone");
        return m == m && done > 0 && whole(cell, "diverged") < done;
    }

    /** A loss as a value of the palette's scale: 1 (blue) for the lowest, -1 (orange) for the highest. */
    private double scaleValue(double loss) {
        if (!(lo < hi) || !(loss > 0)) return 1;
        double t = (Math.log(loss) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
        return 1 - 2 * t;
    }

    private static boolean light(int rgb) {
        double r = (rgb >> 16) & 255;
        double g = (rgb >> 8) & 255;
        double b = rgb & 255;
        return 0.2126 * r + 0.7152 * g + 0.0722 * b > 150;
    }

    private void legend() {
        HTMLElement legend = Dom.el(box, "p", "sweep-legend");
        swatch(legend, palette.css(1.0));
        Dom.el(legend, "span", null).setTextContent(i18n.t("serverRun.legendLow"));
        swatch(legend, palette.css(-1.0));
        Dom.el(legend, "span", null).setTextContent(i18n.t("serverRun.legendHigh"));
        Dom.el(legend, "span", "legend-mark").setTextContent("★ " + i18n.t("serverRun.best"));
        Dom.el(legend, "span", "legend-mark").setTextContent("✕ " + i18n.t("serverRun.diverged"));
    }

    private static void swatch(HTMLElement parent, String colour) {
        HTMLElement s = Dom.el(parent, "span", "swatch");
        s.setAttribute("aria-hidden", "true");
        s.getStyle().setProperty("background", colour);
    }

    /** "Learning rate 0.03, Hidden layers [4]". */
    @SuppressWarnings("unchecked")
    private String describe(Map<String, Object> cell) {
        Map<String, Object> settings = (Map<String, Object>) cell.get("settings");
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(settingLabel(e.getKey())).append(' ').append(valueLabel(e.getKey(), e.getValue()));
        }
        return sb.toString();
    }

    /** A grid setting's name in the reader's language. */
    String settingLabel(String name) {
        return settingLabel(i18n, name);
    }

    static String settingLabel(I18n i18n, String name) {
        String key = "depth".equals(name) || "width".equals(name) ? "serverRun.setting." + name : "control." + name;
        return i18n.has(key) ? i18n.t(key) : name;
    }

    /** A setting's value as the page names it: "ReLU", "[8, 8]", "0.03". */
    String valueLabel(String name, Object value) {
        return valueLabel(i18n, name, value);
    }

    static String valueLabel(I18n i18n, String name, Object value) {
        if (value instanceof String && i18n.has(name + "." + value)) return i18n.t(name + "." + value);
        return GridText.show(value);
    }
}
