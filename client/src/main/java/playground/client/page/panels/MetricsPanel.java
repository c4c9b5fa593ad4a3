package playground.client.page.panels;

import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Frame;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.picture.Palette;

/**
 * How good the network is besides its loss: accuracy on both sets and the test set's confusion
 * matrix for classification; R² and RMSE on both sets for regression.
 */
public final class MetricsPanel {
    private final ThemeSwitch theme;
    private final I18n i18n;
    private final HTMLElement body;
    private Frame last;
    /** What the current table shows: "r" for regression, or the number of classes. */
    private String shape = "";
    private final java.util.List<HTMLElement> cells = new java.util.ArrayList<>();

    public MetricsPanel(HTMLElement parent, EngineClient engine, ThemeSwitch theme, I18n i18n) {
        this.theme = theme;
        this.i18n = i18n;
        HTMLElement box = Dom.el(parent, "div", "metrics");
        box.setId("metrics");
        Dom.text(box, "h3", null, "metrics.heading");
        body = Dom.el(box, "div", null);
        engine.onFrame(f -> {
            last = f;
            render();
        });
        i18n.onChange(this::render);
    }

    /** Rebuilds the table when its shape or the language changes; otherwise only the numbers. */
    private void render() {
        Frame f = last;
        if (f == null) return;
        String next = (f.regression ? "r" : Integer.toString(f.classes)) + i18n.language();
        if (!next.equals(shape)) {
            shape = next;
            build(f);
        }
        String[] values = f.regression
                ? new String[] {Js.fixed(f.r2Test, 3), Js.fixed(f.r2Train, 3), Js.fixed(f.rmseTest, 3), Js.fixed(f.rmseTrain, 3)}
                : new String[] {percent(f.accuracyTest), percent(f.accuracyTrain)};
        for (int i = 0; i < values.length; i++) Dom.setText(cells.get(i), values[i]);
        if (!f.regression) fillConfusion(f, values.length);
    }

    private void build(Frame f) {
        body.clear();
        cells.clear();
        HTMLElement table = Dom.el(body, "dl", "metric-list");
        if (f.regression) {
            row(table, "metrics.r2Test", Js.fixed(f.r2Test, 3));
            row(table, "metrics.r2Train", Js.fixed(f.r2Train, 3));
            row(table, "metrics.rmseTest", Js.fixed(f.rmseTest, 3));
            row(table, "metrics.rmseTrain", Js.fixed(f.rmseTrain, 3));
            return;
        }
        row(table, "metrics.accuracyTest", percent(f.accuracyTest)).setId("accuracy-test");
        row(table, "metrics.accuracyTrain", percent(f.accuracyTrain));
        confusion(f);
    }

    private HTMLElement row(HTMLElement table, String key, String value) {
        Dom.el(table, "dt", null).setTextContent(i18n.t(key));
        HTMLElement dd = Dom.el(table, "dd", null);
        cells.add(dd);
        return dd;
    }

    private static String percent(double v) {
        return v == v ? Js.fixed(v * 100, 1) + "%" : "–";
    }

    /** Rows are the true classes, columns the predicted ones, each header a colour swatch. */
    private void confusion(Frame f) {
        int k = f.classes;
        Palette palette = theme.palette();
        HTMLElement table = Dom.el(body, "table", "confusion");
        Dom.el(table, "caption", null).setTextContent(i18n.t("metrics.confusion"));
        HTMLElement head = Dom.el(Dom.el(table, "thead", null), "tr", null);
        Dom.el(head, "th", "corner").setTextContent(i18n.t("metrics.trueVsPredicted"));
        for (int j = 0; j < k; j++) classHeader(head, j, k, palette, "col");
        HTMLElement tbody = Dom.el(table, "tbody", null);
        for (int i = 0; i < k; i++) {
            HTMLElement tr = Dom.el(tbody, "tr", null);
            classHeader(tr, i, k, palette, "row");
            for (int j = 0; j < k; j++) cells.add(Dom.el(tr, "td", i == j ? "hit" : "miss"));
        }
    }

    /** The counts, each cell tinted by its share of the test set. */
    private void fillConfusion(Frame f, int first) {
        int total = 0;
        for (int c : f.confusion) total += c;
        for (int i = 0; i < f.confusion.length && first + i < cells.size(); i++) {
            HTMLElement td = cells.get(first + i);
            Dom.setText(td, Integer.toString(f.confusion[i]));
            double share = total == 0 ? 0 : (double) f.confusion[i] / total;
            String tint = Js.fixed(share, 2);
            if (!tint.equals(td.getAttribute("data-share"))) {
                td.setAttribute("data-share", tint);
                td.getStyle().setProperty("--share", tint);
            }
        }
    }

    private void classHeader(HTMLElement row, int index, int k, Palette palette, String scope) {
        HTMLElement th = Dom.el(row, "th", null);
        th.setAttribute("scope", scope);
        HTMLElement swatch = Dom.el(th, "span", "swatch");
        swatch.getStyle().setProperty("background", Palette.css(palette.classRgb(index, k)));
        Dom.el(th, "span", null).setTextContent(k == 2 ? i18n.t(index == 0 ? "metrics.negative" : "metrics.positive")
                : i18n.t("data.classN", index + 1));
    }
}
