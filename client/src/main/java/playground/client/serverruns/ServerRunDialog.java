package playground.client.serverruns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.client.ui.Modal;
import playground.config.Config;
import playground.config.ConfigException;
import playground.core.Json;
import playground.config.Limits;

/**
 * "Run on the server" (docs/api.md): the page's experiment with a number of epochs, of seeds, and
 * optionally a grid over up to three settings (a setting and its values, comma-separated), and
 * what that makes (cells × seeds = trials, and the request itself) before it is sent. The
 * server's refusals (400 bad input, 413 too large, 429 busy) are shown in the dialog as the server
 * words them, since it is the server that knows its limits.
 */
final class ServerRunDialog {
    static final int DEFAULT_EPOCHS = 1000;
    static final int GRID_ROWS = 3;

    interface Submitted {
        void submitted(String id, Request request);
    }

    /** What the dialog's fields say: the body to send, its shape, and the configuration it starts from. */
    static final class Request {
        final Config config;
        final String body;
        final int epochs;
        final int seeds;
        final int cells;
        final boolean sweep;

        Request(Config config, String body, int epochs, int seeds, int cells, boolean sweep) {
            this.config = config;
            this.body = body;
            this.epochs = epochs;
            this.seeds = seeds;
            this.cells = cells;
            this.sweep = sweep;
        }

        int trials() {
            return cells * seeds;
        }

        /** A request again from its body (as remembered over a reload). */
        @SuppressWarnings("unchecked")
        static Request fromBody(String body) {
            Map<String, Object> m = (Map<String, Object>) Json.parse(body);
            Config config = Config.fromMap((Map<String, Object>) m.get("config"), Limits.BROWSER);
            int cells = 1;
            Object grid = m.get("grid");
            if (grid instanceof Map) {
                for (Object values : ((Map<String, Object>) grid).values()) cells *= ((List<Object>) values).size();
            }
            int epochs = (int) (double) (Double) m.get("epochs");
            int seeds = (int) (double) (Double) m.get("seeds");
            return new Request(config, body, epochs, seeds, cells, grid instanceof Map);
        }
    }

    private final Supplier<Config> experiment;
    private final I18n i18n;
    private final Submitted submitted;
    private final HTMLElement dialog;
    private final HTMLInputElement epochs;
    private final HTMLInputElement seeds;
    private final HTMLSelectElement[] settings = new HTMLSelectElement[GRID_ROWS];
    private final HTMLInputElement[] values = new HTMLInputElement[GRID_ROWS];
    private final HTMLElement preview;
    private final HTMLElement body;
    private final HTMLElement error;
    private final HTMLButtonElement submit;
    private boolean busy;

    /** {@code experiment}: the page's experiment now, which a run starts from. */
    ServerRunDialog(HTMLElement parent, Supplier<Config> experiment, I18n i18n, Submitted submitted) {
        this.experiment = experiment;
        this.i18n = i18n;
        this.submitted = submitted;
        dialog = Dom.el(parent, "dialog", "share-dialog run-dialog");
        dialog.setId("server-run-dialog");
        dialog.setAttribute("aria-labelledby", "server-run-dialog-heading");
        Dom.text(dialog, "h2", null, "serverRun.dialogHeading").setId("server-run-dialog-heading");
        Dom.text(dialog, "p", "hint", "serverRun.dialogHint");

        HTMLElement numbers = Dom.el(dialog, "div", "run-numbers");
        epochs = Dom.input(null, "text", "narrow");
        epochs.setId("server-run-epochs");
        epochs.setAttribute("inputmode", "numeric");
        epochs.setAttribute("autocomplete", "off");
        Dom.text(Dom.field(numbers, "serverRun.epochs", epochs), "span", "hint field-hint", "serverRun.epochsHint");
        seeds = Dom.input(null, "text", "narrow");
        seeds.setId("server-run-seeds");
        seeds.setAttribute("inputmode", "numeric");
        seeds.setAttribute("autocomplete", "off");
        Dom.text(Dom.field(numbers, "serverRun.seeds", seeds), "span", "hint field-hint", "serverRun.seedsHint");

        HTMLElement grid = Dom.el(dialog, "fieldset", "run-grid");
        Dom.text(grid, "legend", null, "serverRun.gridLegend");
        Dom.text(grid, "p", "hint", "serverRun.gridHint");
        for (int i = 0; i < GRID_ROWS; i++) {
            HTMLElement row = Dom.el(grid, "div", "grid-row");
            HTMLSelectElement setting = Dom.select(null, "grid-setting");
            setting.setId("server-run-grid-" + i + "-setting");
            Dom.option(setting, "", "serverRun.gridNone");
            for (String name : GridText.SETTINGS) {
                Dom.option(setting, name, name.equals("depth") || name.equals("width")
                        ? "serverRun.setting." + name : "control." + name);
            }
            Dom.field(row, "serverRun.grid" + (i + 1), setting);
            HTMLInputElement input = Dom.input(null, "text", "grid-values");
            input.setId("server-run-grid-" + i + "-values");
            input.setAttribute("autocomplete", "off");
            Dom.field(row, "serverRun.gridValues", input).setClassName("field grow");
            settings[i] = setting;
            values[i] = input;
            int index = i;
            Dom.on(setting, "change", e -> settingChosen(index));
            Dom.on(input, "input", e -> update());
        }
        Dom.on(epochs, "input", e -> update());
        Dom.on(seeds, "input", e -> update());

        HTMLElement what = Dom.el(dialog, "div", "run-preview");
        preview = Dom.el(what, "p", null);
        preview.setId("server-run-preview");
        preview.setAttribute("aria-live", "polite");
        HTMLElement details = Dom.el(what, "details", null);
        Dom.text(details, "summary", null, "serverRun.requestShown");
        body = Dom.el(details, "pre", "run-body");
        body.setId("server-run-body");

        error = Dom.el(dialog, "p", "error");
        error.setId("server-run-error");
        error.setAttribute("role", "alert");
        HTMLElement buttons = Dom.el(dialog, "div", "dialog-buttons");
        submit = Dom.button(buttons, "primary", "serverRun.submit", this::send);
        submit.setId("server-run-submit");
        Dom.button(buttons, null, "serverRun.close", () -> Modal.close(dialog)).setId("server-run-close");
        epochs.setValue(Integer.toString(DEFAULT_EPOCHS));
        seeds.setValue("1");
        for (int i = 0; i < GRID_ROWS; i++) settingChosen(i);
        i18n.onChange(this::update);
    }

    void open() {
        error.setTextContent("");
        update();
        Modal.open(dialog);
        epochs.focus();
    }

    private void settingChosen(int row) {
        String name = settings[row].getValue();
        values[row].setDisabled(name.isEmpty());
        values[row].setAttribute("placeholder", name.isEmpty() ? "" : GridText.example(name));
        update();
    }

    /** Reads the fields; a value that cannot be read is a {@link ConfigException} naming it. */
    Request read() {
        int e = whole(epochs, "epochs");
        int s = whole(seeds, "seeds");
        Map<String, Object> grid = new LinkedHashMap<>();
        int cells = 1;
        for (int i = 0; i < GRID_ROWS; i++) {
            String name = settings[i].getValue();
            if (name.isEmpty()) continue;
            if (grid.containsKey(name)) throw new ConfigException("grid." + name, i18n.t("serverRun.chosenTwice"));
            List<Object> list = GridText.values(name, values[i].getValue());
            grid.put(name, list);
            cells *= list.size();
        }
        Config config = experiment.get();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("config", Json.parse(config.toJson()));
        request.put("epochs", e);
        request.put("seeds", s);
        if (!grid.isEmpty()) request.put("grid", grid);
        return new Request(config, Json.write(request), e, s, cells, !grid.isEmpty());
    }

    private static int whole(HTMLInputElement input, String key) {
        String text = input.getValue().trim();
        double v = Js.parseNumber(text);
        if (!(v == v) || v != Math.floor(v) || Math.abs(v) > 1e9) {
            throw new ConfigException(key, "'" + text + "' is not a whole number");
        }
        return (int) v;
    }

    /** The preview: what the fields make, and the request itself. */
    private void update() {
        Request r;
        try {
            r = read();
        } catch (ConfigException e) {
            preview.setTextContent(i18n.t("serverRun.cannotRead") + " " + e.getMessage());
            Dom.toggleClass(preview, "error", true);
            body.setTextContent("");
            submit.setDisabled(true);
            return;
        }
        Dom.toggleClass(preview, "error", false);
        preview.setTextContent(describe(r, i18n));
        body.setTextContent(r.body);
        submit.setDisabled(busy);
    }

    /** "4 cells × 2 seeds = 8 trials of 1,000 epochs each, from Circle, hidden layers [4, 2]." */
    static String describe(Request r, I18n i18n) {
        String lang = i18n.language();
        String shape;
        if (r.sweep && r.seeds == 1) {
            shape = i18n.t("serverRun.previewSweepOneSeed", Js.grouped(r.cells, lang), Js.grouped(r.epochs, lang));
        } else if (r.sweep) {
            shape = i18n.t("serverRun.previewSweep", Js.grouped(r.cells, lang), Js.grouped(r.seeds, lang),
                    Js.grouped(r.trials(), lang), Js.grouped(r.epochs, lang));
        } else if (r.seeds > 1) {
            shape = i18n.t("serverRun.previewSeeds", Js.grouped(r.seeds, lang), Js.grouped(r.epochs, lang));
        } else {
            shape = i18n.t("serverRun.previewSingle", Js.grouped(r.epochs, lang));
        }
        Config c = r.config;
        String dataset = i18n.has("dataset." + c.dataset) ? i18n.t("dataset." + c.dataset) : c.dataset;
        List<Object> layers = new ArrayList<>();
        for (int w : c.hiddenLayers) layers.add(w);
        return shape + " " + i18n.t("serverRun.previewBase", dataset, GridText.show(layers),
                GridText.show(c.learningRate), c.seed);
    }

    private void send() {
        if (busy) return;
        Request r;
        try {
            r = read();
        } catch (ConfigException e) {
            error.setTextContent(i18n.t("serverRun.cannotRead") + " " + e.getMessage());
            return;
        }
        error.setTextContent("");
        setBusy(true);
        ServerRunsApi.submit(r.body, answer -> {
            setBusy(false);
            String id = answer.status == 202 ? answer.field("id") : null;
            if (id == null) {
                error.setTextContent(i18n.t(problemKey(answer.status)) + " " + answer.problem());
                return;
            }
            Modal.close(dialog);
            submitted.submitted(id, r);
        });
    }

    /** The words for a refusal: each status the runs API answers with has its own. */
    static String problemKey(int status) {
        switch (status) {
            case 0: return "error.network";
            case 400: return "serverRun.refused";
            case 413: return "serverRun.tooLarge";
            case 429: return "serverRun.tooMany";
            default: return "serverRun.failed";
        }
    }

    private void setBusy(boolean on) {
        busy = on;
        submit.setDisabled(on);
        Dom.toggleClass(dialog, "busy", on);
    }
}
