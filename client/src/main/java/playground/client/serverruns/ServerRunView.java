package playground.client.serverruns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.client.ui.Storage;
import playground.core.Json;
import playground.picture.Palette;

/**
 * A server run as it trains (docs/api.md): its status, trials and epochs done, the loss curves as
 * they grow (for seeds, mean and range; for a sweep, one curve per cell), a cancel button; when
 * trials finish, the results: a single run's or each seed's final losses with a button that opens
 * it in the playground, or a sweep's {@link SweepTable}. Progress comes from the run's Server-Sent
 * Events; results are read from {@code GET /api/runs/{id}} whenever trials finish, so every number
 * shown is the server's. The tab remembers the run it follows (sessionStorage), so a reload shows
 * it again; closing the view forgets it.
 *
 * <p>For tests and tools the section carries {@code data-run-id}, {@code data-status},
 * {@code data-points} (curve entries received) and {@code data-point-log} (that count after each
 * event that brought some, comma-separated, the first 50).
 */
final class ServerRunView {
    interface Opener {
        void open(String runId, int trial, String description);
    }

    private static final int LOGGED_EVENTS = 50;

    private final HTMLElement section;
    private final I18n i18n;
    private final Supplier<Palette> palette;
    private final Opener opener;
    private final HTMLElement heading;
    private final HTMLElement status;
    private final HTMLElement summary;
    private final HTMLElement bar;
    private final HTMLElement progressText;
    private final ServerRunChart chart;
    private final HTMLElement legend;
    private final HTMLElement outcome;
    private final HTMLElement openRow;
    private final HTMLSelectElement trialChoice;
    private final HTMLButtonElement openButton;
    private final SweepTable table;
    private final HTMLElement error;
    private final HTMLButtonElement cancel;

    private String runId;
    private JSObject source;
    private final ServerRunPolling polling = new ServerRunPolling();
    private String runStatus = "queued";
    private ServerRunDialog.Request request;
    private int seeds = 1;
    private int epochs = 1;
    private int trials;
    private boolean sweep;
    private double trialsDone;
    private double epochsDone;
    private double epochsTotal;
    private ServerRunCurves curves = new ServerRunCurves();
    private Map<String, Object> view;
    private String pointLog = "";
    private int loggedEvents;
    private boolean reading;
    private boolean readAgain;
    private boolean drawScheduled;
    private boolean cancelling;
    private String connection;

    ServerRunView(HTMLElement section, I18n i18n, Supplier<Palette> palette, Opener opener) {
        this.section = section;
        this.i18n = i18n;
        this.palette = palette;
        this.opener = opener;
        section.setId("server-run");
        section.setClassName("server-run");
        section.setAttribute("aria-labelledby", "server-run-heading");
        section.setHidden(true);

        HTMLElement head = Dom.el(section, "div", "run-head");
        heading = Dom.el(head, "h2", null);
        heading.setId("server-run-heading");
        heading.setAttribute("tabindex", "-1");
        status = Dom.el(head, "span", "run-status");
        status.setId("server-run-status");
        status.setAttribute("role", "status");
        HTMLElement actions = Dom.el(head, "div", "run-actions");
        cancel = Dom.button(actions, "danger", "serverRun.cancel", this::cancelRun);
        cancel.setId("server-run-cancel");
        Dom.iconButton(actions, "icon-button", "×", "serverRun.dismiss", this::dismiss).setId("server-run-dismiss");
        summary = Dom.el(section, "p", "run-summary");
        summary.setId("server-run-summary");

        HTMLElement progressRow = Dom.el(section, "div", "run-progress");
        bar = Dom.el(progressRow, "progress", null);
        bar.setId("server-run-bar");
        bar.setAttribute("data-i18n-aria", "serverRun.progressLabel");
        progressText = Dom.el(progressRow, "span", "run-progress-text");
        progressText.setId("server-run-progress");

        chart = new ServerRunChart(Dom.el(section, "div", "run-chart-box"));
        legend = Dom.el(section, "div", "chart-legend run-legend");

        outcome = Dom.el(section, "p", "run-outcome");
        outcome.setId("server-run-outcome");
        openRow = Dom.el(section, "div", "run-open");
        trialChoice = Dom.select(null, "run-trial");
        trialChoice.setId("server-run-trial");
        Dom.field(openRow, "serverRun.seedChoice", trialChoice);
        openButton = Dom.button(openRow, "primary", "serverRun.openResult", this::openChosen);
        openButton.setId("server-run-open-result");
        table = new SweepTable(section, i18n, (trial, description) -> opener.open(runId, trial, description));
        error = Dom.el(section, "p", "error");
        error.setId("server-run-view-error");
        error.setAttribute("role", "alert");
        i18n.onChange(() -> {
            render();
            showResults();
        });
        Window.current().addEventListener("resize", e -> scheduleDraw());
    }

    /** Follows run {@code id}, made from {@code request}, and shows it to the reader. */
    void follow(String id, ServerRunDialog.Request request) {
        follow(id, request, true);
    }

    /**
     * Shows the run this tab followed before a reload (its stream replays everything), unless it
     * is gone (finished runs are deleted after some days) or cannot be read.
     */
    void resume() {
        String remembered = Storage.visitGet(ServerRuns.FOLLOWED_RUN);
        if (remembered == null) return;
        String id;
        ServerRunDialog.Request request;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) Json.parse(remembered);
            id = (String) m.get("id");
            request = ServerRunDialog.Request.fromBody((String) m.get("body"));
        } catch (RuntimeException e) {
            forget();
            return;
        }
        ServerRunsApi.read(id, answer -> {
            if (answer.ok()) {
                if (runId == null) follow(id, request, false);
            } else if (answer.status == 404) {
                forget();
            }
        });
    }

    private void follow(String id, ServerRunDialog.Request request, boolean focus) {
        stop();
        runId = id;
        this.request = request;
        seeds = Math.max(1, request.seeds);
        epochs = Math.max(1, request.epochs);
        trials = request.trials();
        sweep = request.sweep;
        runStatus = "queued";
        trialsDone = 0;
        epochsDone = 0;
        epochsTotal = (double) trials * epochs;
        curves = new ServerRunCurves();
        view = null;
        pointLog = "";
        loggedEvents = 0;
        connection = null;
        cancelling = false;
        error.setTextContent("");
        table.clear();
        showResults();
        section.setAttribute("data-run-id", id);
        section.setAttribute("data-point-log", "");
        section.setAttribute("data-points", "0");
        section.setAttribute("data-updates", "stream");
        section.setHidden(false);
        render();
        if (focus) heading.focus();
        remember(id, request);
        source = ServerRunsApi.events(id, this::event);
        readView();  // a sweep's table shows its cells from the start
    }

    /** Recolours after a change of theme or palette. */
    void recolour() {
        if (view != null) showResults();
        scheduleDraw();
    }

    private void stop() {
        if (source != null) ServerRunsApi.close(source);
        source = null;
        polling.stop();
    }

    /** Reads the run every few seconds when the server refuses it a stream, or the stream is gone. */
    private void pollInstead() {
        stop();
        connection = "serverRun.polling";
        section.setAttribute("data-updates", "polling");
        polling.start(() -> {
            if (active()) {
                readView();
            } else {
                polling.stop();
                connection = null;
                render();
            }
        });
        readView();
        render();
    }

    private void dismiss() {
        stop();
        runId = null;
        forget();
        section.setHidden(true);
        Dom.byId("server-run-open").focus();
    }

    private void cancelRun() {
        if (runId == null) return;
        String id = runId;
        cancelling = true;
        cancel.setDisabled(true);
        ServerRunsApi.cancel(id, answer -> {
            if (!id.equals(runId)) return;
            if (!answer.ok()) {
                cancelling = false;
                cancel.setDisabled(false);
                error.setTextContent(i18n.t("serverRun.cancelFailed") + " " + answer.problem());
            }
            // the stream reports the cancelled run and its last results
        });
    }

    // ---------------------------------------------------------------- over a reload

    private static void remember(String id, ServerRunDialog.Request request) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("body", request.body);
        Storage.visitPut(ServerRuns.FOLLOWED_RUN, Json.write(m));
    }

    private static void forget() {
        Storage.visitRemove(ServerRuns.FOLLOWED_RUN);
    }

    // ---------------------------------------------------------------- the stream

    @SuppressWarnings("unchecked")
    private void event(String name, String data) {
        if (runId == null) return;
        if ("error".equals(name)) {
            if ("2".equals(data)) {
                pollInstead();  // refused (429) or given up: the browser will not reconnect
            } else {
                connection = "serverRun.reconnecting";
                render();
            }
            return;
        }
        connection = null;
        Map<String, Object> m;
        try {
            m = (Map<String, Object>) Json.parse(data);
        } catch (RuntimeException e) {
            Js.warn("unreadable run event: " + e.getMessage());
            return;
        }
        if (m.get("status") instanceof String) runStatus = (String) m.get("status");
        progress(m.get("progress"));
        boolean finished = false;
        if (m.get("points") instanceof List) {
            int before = curves.points();
            for (Object p : (List<Object>) m.get("points")) points((Map<String, Object>) p);
            if (curves.points() > before && loggedEvents < LOGGED_EVENTS) {
                pointLog += (loggedEvents++ == 0 ? "" : ",") + curves.points();
                section.setAttribute("data-point-log", pointLog);
            }
            section.setAttribute("data-points", Integer.toString(curves.points()));
        }
        if (m.get("finished") instanceof List && !((List<Object>) m.get("finished")).isEmpty()) finished = true;
        if ("done".equals(name)) {
            source = null;  // closed by ServerRunsApi on done
            finished = true;
        }
        if (finished) readView();
        render();
        scheduleDraw();
    }

    @SuppressWarnings("unchecked")
    private void progress(Object p) {
        if (!(p instanceof Map)) return;
        Map<String, Object> progress = (Map<String, Object>) p;
        trialsDone = number(progress.get("trialsDone"), trialsDone);
        trials = (int) number(progress.get("trials"), trials);
        epochsDone = number(progress.get("epochsDone"), epochsDone);
        epochsTotal = number(progress.get("epochs"), epochsTotal);
    }

    private void points(Map<String, Object> p) {
        Object train = p.get("trainLoss");
        Object test = p.get("testLoss");
        if (!(train instanceof List) || !(test instanceof List)) return;
        curves.add((int) number(p.get("trial"), -1), (int) number(p.get("epoch"), -1), (List<?>) train, (List<?>) test);
    }

    private static double number(Object v, double otherwise) {
        return v instanceof Double ? (Double) v : otherwise;
    }

    /** Reads the run's view; while a read is on its way, one more follows it. */
    @SuppressWarnings("unchecked")
    private void readView() {
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        String id = runId;
        ServerRunsApi.read(id, answer -> {
            reading = false;
            if (!id.equals(runId)) return;
            if (answer.ok()) {
                try {
                    view = (Map<String, Object>) Json.parse(answer.body);
                    if (view.get("status") instanceof String) runStatus = (String) view.get("status");
                    progress(view.get("progress"));
                } catch (RuntimeException e) {
                    Js.warn("unreadable run: " + e.getMessage());
                }
                showResults();
                render();
                scheduleDraw();
            } else {
                error.setTextContent(i18n.t("serverRun.readFailed") + " " + answer.problem());
            }
            if (readAgain) {
                readAgain = false;
                readView();
            }
        });
    }

    // ---------------------------------------------------------------- showing

    private boolean active() {
        return "queued".equals(runStatus) || "running".equals(runStatus);
    }

    private void render() {
        if (runId == null) return;
        section.setAttribute("data-status", runStatus);
        heading.setTextContent(i18n.t(sweep ? "serverRun.headingSweep" : seeds > 1 ? "serverRun.headingSeeds"
                : "serverRun.heading"));
        String statusKey = "serverRun.status." + runStatus;
        status.setTextContent(connection != null ? i18n.t(connection)
                : i18n.has(statusKey) ? i18n.t(statusKey) : runStatus);
        status.setClassName("run-status " + runStatus);
        summary.setTextContent(ServerRunDialog.describe(request, i18n));
        cancel.setHidden(!active());
        cancel.setDisabled(cancelling);
        bar.setAttribute("max", Double.toString(Math.max(1, epochsTotal)));
        bar.setAttribute("value", Double.toString(Math.min(epochsDone, epochsTotal)));
        progressText.setTextContent(i18n.t("serverRun.progress", Js.grouped((int) trialsDone, i18n.language()),
                Js.grouped(trials, i18n.language()), Js.grouped((int) epochsDone, i18n.language()),
                Js.grouped((int) epochsTotal, i18n.language())));
        renderLegend();
    }

    private void renderLegend() {
        while (legend.getFirstChild() != null) legend.removeChild(legend.getFirstChild());
        if (sweep) {
            Dom.el(legend, "span", null).setTextContent(i18n.t("serverRun.legendSweep"));
            return;
        }
        Dom.el(legend, "span", "key test-key").setAttribute("aria-hidden", "true");
        Dom.el(legend, "span", null).setTextContent(i18n.t(seeds > 1 ? "serverRun.legendTestMean" : "output.testLoss"));
        Dom.el(legend, "span", "key train-key").setAttribute("aria-hidden", "true");
        Dom.el(legend, "span", null).setTextContent(i18n.t(seeds > 1 ? "serverRun.legendTrainMean" : "output.trainLoss"));
        if (seeds > 1) {
            Dom.el(legend, "span", "key band-key").setAttribute("aria-hidden", "true");
            Dom.el(legend, "span", null).setTextContent(i18n.t("serverRun.legendBand", seeds));
        }
    }

    /** The results part: a sweep's table, or the final losses and the trial to open. */
    @SuppressWarnings("unchecked")
    private void showResults() {
        List<Object> results = view != null && view.get("results") instanceof List ? (List<Object>) view.get("results") : null;
        if (sweep) {
            openRow.setHidden(true);
            outcome.setHidden(true);
            if (view != null && view.get("sweep") instanceof Map) {
                table.show((Map<String, Object>) view.get("sweep"), seeds, palette.get());
            }
            return;
        }
        int done = 0;
        String chosen = trialChoice.getValue();
        while (trialChoice.getFirstChild() != null) trialChoice.removeChild(trialChoice.getFirstChild());
        if (results != null) {
            for (Object r : results) {
                Map<String, Object> result = (Map<String, Object>) r;
                if (!"done".equals(result.get("status"))) continue;
                done++;
                int trial = (int) number(result.get("trial"), 0);
                Dom.option(trialChoice, Integer.toString(trial), null).setTextContent(i18n.t("serverRun.seedOption",
                        GridText.show(result.get("seed")), loss(result.get("testLoss"))));
            }
        }
        if (!chosen.isEmpty()) trialChoice.setValue(chosen);
        openRow.setHidden(done == 0);
        trialChoice.getParentNode().<HTMLElement>cast().setHidden(seeds < 2);
        outcome.setHidden(done == 0);
        if (done == 0) return;
        if (seeds > 1) {
            Map<String, Object> cell = curveCell();
            if (cell != null) {
                outcome.setTextContent(i18n.t("serverRun.outcomeSeeds", last(cell.get("meanTestLoss")),
                        last(cell.get("stdTestLoss")), done));
            }
        } else {
            Map<String, Object> result = (Map<String, Object>) results.get(0);
            outcome.setTextContent(i18n.t(Boolean.TRUE.equals(result.get("diverged")) ? "serverRun.outcomeDiverged"
                    : "serverRun.outcome", loss(result.get("testLoss")), loss(result.get("trainLoss")),
                    GridText.show(result.get("epoch"))));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> curveCell() {
        Object c = view.get("curves");
        if (!(c instanceof List) || ((List<Object>) c).isEmpty()) return null;
        return (Map<String, Object>) ((List<Object>) c).get(0);
    }

    @SuppressWarnings("unchecked")
    private String last(Object list) {
        if (!(list instanceof List) || ((List<Object>) list).isEmpty()) return "–";
        List<Object> values = (List<Object>) list;
        return loss(values.get(values.size() - 1));
    }

    private String loss(Object v) {
        return v instanceof Double ? Js.precision((Double) v, 4) : i18n.t("serverRun.diverged");
    }

    private void openChosen() {
        String value = trialChoice.getValue();
        int trial = value == null || value.isEmpty() ? 0 : Integer.parseInt(value);
        String description = seeds > 1 ? trialChoice.getOptions().get(trialChoice.getSelectedIndex()).getTextContent()
                : ServerRunDialog.describe(request, i18n);
        opener.open(runId, trial, description);
    }

    private void scheduleDraw() {
        if (drawScheduled || runId == null) return;
        drawScheduled = true;
        Window.requestAnimationFrame(time -> {
            drawScheduled = false;
            draw();
        });
    }

    private void draw() {
        if (runId == null || section.isHidden()) return;
        int cells = Math.max(1, trials / seeds);
        chart.draw(curves, cells, seeds, epochs, sweep ? table.cellColours(cells) : null);
    }
}
