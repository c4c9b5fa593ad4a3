package playground.client.sharing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;
import playground.client.ui.Dom;
import playground.client.ui.Downloads;
import playground.client.ui.Http;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.client.ui.Modal;
import playground.client.ui.PageMode;
import playground.config.ConfigException;
import playground.config.Goal;
import playground.core.Json;

/**
 * Saving the experiment (docs/sharing.md): a title, notes in Markdown, optionally the trained
 * network (the worker's snapshot: weights, optimizer state, epoch, loss history) and a goal.
 * "Save" creates a new experiment, "Save as fork" one whose parent is the experiment shown, and
 * "Save changes" replaces the experiment shown, with the edit token this browser holds (the
 * button is there only then). The answer's short link is shown with a copy button; the token is
 * remembered in {@link OwnedExperiments}; the server's refusals are shown in words.
 */
final class SaveDialog {
    private static final String[][] GOAL_FIELDS = {
        {Goal.TEST_LOSS_BELOW, "decimal"}, {Goal.TRAIN_LOSS_BELOW, "decimal"}, {Goal.TRAIN_TEST_GAP_BELOW, "decimal"},
        {Goal.MAX_LAYERS, "numeric"}, {Goal.MAX_NEURONS, "numeric"}, {Goal.WITHIN_EPOCHS, "numeric"},
    };

    private final SharePage page;
    private final I18n i18n;
    private final OwnedExperiments owned = new OwnedExperiments();
    private final HTMLElement dialog;
    private final HTMLElement heading;
    private final HTMLInputElement title;
    private final HTMLTextAreaElement notes;
    private final HTMLInputElement includeState;
    private final HTMLElement includeStateText;
    private final HTMLInputElement withGoal;
    private final HTMLElement goalFields;
    private final Map<String, HTMLInputElement> goalInputs = new LinkedHashMap<>();
    private final HTMLElement error;
    private final HTMLElement result;
    private final HTMLElement resultText;
    private final HTMLInputElement link;
    private final HTMLElement open;
    private final HTMLButtonElement update;
    private final HTMLButtonElement fork;
    private final HTMLButtonElement create;
    private boolean busy;

    SaveDialog(SharePage page) {
        this.page = page;
        this.i18n = page.i18n;
        dialog = Dom.el(page.section(), "dialog", "share-dialog save-dialog");
        dialog.setId("save-dialog");
        dialog.setAttribute("aria-labelledby", "save-heading");
        heading = Dom.el(dialog, "h2", null);
        heading.setId("save-heading");
        Dom.text(dialog, "p", "hint", "save.hint");

        title = Dom.input(null, "text", "wide");
        title.setId("save-title");
        title.setAttribute("maxlength", "200");
        title.setAttribute("autocomplete", "off");
        Dom.field(dialog, "save.name", title);
        notes = Dom.el(null, "textarea", "save-notes").cast();
        notes.setId("save-notes");
        notes.setAttribute("rows", "5");
        notes.setAttribute("data-i18n-placeholder", "save.notesPlaceholder");
        Dom.field(dialog, "save.notes", notes);

        includeState = Dom.checkbox(dialog, "save-option", "save.includeState");
        includeState.setId("save-state");
        includeStateText = includeState.getParentNode().<HTMLElement>cast().querySelector("span");

        HTMLElement goalBox = Dom.el(dialog, "fieldset", "goal-fields");
        HTMLElement legend = Dom.el(goalBox, "legend", null);
        withGoal = Dom.checkbox(legend, "save-option", "save.goal");
        withGoal.setId("save-goal");
        goalFields = Dom.el(goalBox, "div", "goal-grid");
        for (String[] field : GOAL_FIELDS) {
            HTMLInputElement input = Dom.input(null, "text", "narrow");
            input.setId("save-goal-" + field[0]);
            input.setAttribute("inputmode", field[1]);
            input.setAttribute("data-i18n-placeholder", "save.goalAny");
            Dom.field(goalFields, "goal.field." + field[0], input);
            goalInputs.put(field[0], input);
        }
        Dom.on(withGoal, "change", e -> showGoalFields());

        error = Dom.el(dialog, "p", "error");
        error.setId("save-error");
        error.setAttribute("role", "alert");
        result = Dom.el(dialog, "div", "save-result");
        result.setId("save-result");
        result.setAttribute("role", "status");
        resultText = Dom.el(result, "p", null);
        HTMLElement linkRow = Dom.el(result, "div", "link-row");
        link = Dom.input(linkRow, "text", "link-field");
        link.setId("save-link");
        link.setReadOnly(true);
        link.setAttribute("data-i18n-aria", "save.shortLink");
        HTMLButtonElement copy = Dom.button(linkRow, null, "save.copy", () ->
                Downloads.copy(link.getValue(), ok -> page.notice(ok ? "export.copied" : "export.copyFailed",
                        ok ? null : link.getValue())));
        copy.setId("save-copy");
        open = Dom.el(linkRow, "a", "button-link");
        open.setId("save-open-link");
        open.setAttribute("data-i18n", "save.open");
        if (page.saveExtras() != null) result.appendChild(page.saveExtras());
        result.setHidden(true);

        HTMLElement buttons = Dom.el(dialog, "div", "dialog-buttons");
        update = Dom.button(buttons, "primary", "save.update", () -> save(Kind.UPDATE));
        update.setId("save-update");
        fork = Dom.button(buttons, null, "save.fork", () -> save(Kind.FORK));
        fork.setId("save-fork");
        create = Dom.button(buttons, "primary", "save.create", () -> save(Kind.CREATE));
        create.setId("save-create");
        Dom.button(buttons, null, "save.close", () -> Modal.close(dialog)).setId("save-close");
        i18n.apply(dialog);
        i18n.onChange(this::renderTexts);
    }

    private enum Kind { CREATE, FORK, UPDATE }

    /** Opens the dialog filled with the experiment shown (or empty) and the page's goal. */
    void open() {
        SavedExperiment e = page.current();
        title.setValue(e != null && e.title != null ? e.title : "");
        notes.setValue(e != null && e.notes != null ? e.notes : "");
        includeState.setChecked(page.epoch() > 0);
        Goal goal = page.view().goal;
        withGoal.setChecked(goal != null);
        // The fields edit the last task; earlier tasks of the page's goal are kept (readGoal).
        Map<String, Object> parts = goal == null ? new LinkedHashMap<>()
                : goal.tasks.get(goal.tasks.size() - 1).toMap();
        for (Map.Entry<String, HTMLInputElement> input : goalInputs.entrySet()) {
            Object v = parts.get(input.getKey());
            input.getValue().setValue(v == null ? "" : v instanceof Double ? playground.core.Numbers.format((Double) v)
                    : String.valueOf(v));
        }
        showGoalFields();
        error.setTextContent("");
        result.setHidden(true);
        renderTexts();
        Modal.open(dialog);
    }

    private void showGoalFields() {
        goalFields.setHidden(!withGoal.isChecked());
        Dom.toggleClass(goalFields.getParentNode().cast(), "open", withGoal.isChecked());
    }

    /** The heading and which buttons there are: the shown experiment and its token decide. */
    private void renderTexts() {
        SavedExperiment e = page.current();
        boolean mine = e != null && owned.token(e.id) != null;
        heading.setTextContent(i18n.t(e == null ? "save.heading" : mine ? "save.headingEdit" : "save.headingFork"));
        update.setHidden(e == null || !mine);
        fork.setHidden(e == null);
        Dom.toggleClass(fork, "primary", e != null && !mine);
        create.setHidden(e != null);
        includeStateText.setTextContent(i18n.t("save.includeState", page.epoch()));
    }

    private void save(Kind kind) {
        if (busy) return;
        error.setTextContent("");
        result.setHidden(true);
        Goal goal;
        try {
            goal = withGoal.isChecked() ? readGoal() : null;
        } catch (ConfigException e) {
            error.setTextContent(i18n.t("save.badGoal") + " " + e.getMessage());
            return;
        }
        setBusy(true);
        if (includeState.isChecked()) {
            page.capture(capture -> send(kind, goal, capture));
        } else {
            send(kind, goal, null);
        }
    }

    /** The goal fields as a goal; an empty field is a part not set. */
    private Goal readGoal() {
        Map<String, Object> parts = new LinkedHashMap<>();
        for (Map.Entry<String, HTMLInputElement> input : goalInputs.entrySet()) {
            String text = input.getValue().getValue().trim();
            if (text.isEmpty()) continue;
            double v = Js.parseNumber(text);
            if (!(v == v)) throw new ConfigException("goal." + input.getKey(), "'" + text + "' is not a number");
            parts.put(input.getKey(), v);
        }
        Goal last = Goal.fromMap(parts);
        Goal shown = page.view().goal;
        if (shown == null || shown.tasks.size() < 2) return last;
        ArrayList<Goal> tasks = new ArrayList<>(shown.tasks.subList(0, shown.tasks.size() - 1));
        tasks.add(last);
        return Goal.ofTasks(tasks);
    }

    private void send(Kind kind, Goal goal, ExperimentCapture capture) {
        String body = body(kind, goal, capture);
        SavedExperiment shown = page.current();
        if (kind == Kind.UPDATE) {
            String token = owned.token(shown.id);
            ExperimentApi.replace(shown.id, token, body, answer -> {
                if (!answer.ok()) {
                    failed(answer);
                    return;
                }
                SavedExperiment saved = SavedExperiment.fromJson(answer.body);
                owned.remember(saved.id, token, saved.title, PageMode.now());
                done(saved, goal, "save.updated");
            });
            return;
        }
        ExperimentApi.create(body, answer -> {
            if (!answer.ok()) {
                failed(answer);
                return;
            }
            String id = answer.field("id");
            owned.remember(id, answer.field("editToken"), title.getValue().trim(), PageMode.now());
            // The server's view of it (rendered notes, times) for the card.
            ExperimentApi.read(id, read -> {
                if (read.ok()) {
                    done(SavedExperiment.fromJson(read.body), goal, "save.saved");
                } else {
                    failed(read);
                }
            });
        });
    }

    /** {@code {title?, notes?, config, state?, goal?, parent?}}; with a state, its own configuration. */
    private String body(Kind kind, Goal goal, ExperimentCapture capture) {
        StringBuilder sb = new StringBuilder("{");
        String t = title.getValue().trim();
        String n = notes.getValue();
        if (!t.isEmpty()) sb.append("\"title\":").append(Json.quote(t)).append(',');
        if (!n.trim().isEmpty()) sb.append("\"notes\":").append(Json.quote(n)).append(',');
        sb.append("\"config\":").append(capture != null ? capture.configJson : page.config().toJson());
        if (capture != null) sb.append(",\"state\":").append(capture.stateJson);
        if (goal != null) sb.append(",\"goal\":").append(Json.write(goal.toMap()));
        SavedExperiment shown = page.current();
        String parent = kind == Kind.FORK ? shown.id : kind == Kind.UPDATE ? shown.parent : null;
        if (parent != null) sb.append(",\"parent\":").append(Json.quote(parent));
        return sb.append('}').toString();
    }

    private void done(SavedExperiment saved, Goal goal, String messageKey) {
        setBusy(false);
        page.setCurrent(saved);
        PageMode.showAddress(saved.url);
        if (!same(goal, page.view().goal)) page.setGoal(goal);
        String address = PageMode.absolute(saved.url);
        resultText.setTextContent(i18n.t(messageKey));
        link.setValue(address);
        open.setAttribute("href", address);
        result.setHidden(false);
        renderTexts();
        page.saved(saved.id, goal != null);
        link.focus();
        link.select();
    }

    private static boolean same(Goal a, Goal b) {
        return a == null ? b == null : a.equals(b);
    }

    private void failed(Http.Answer answer) {
        setBusy(false);
        error.setTextContent(i18n.t(answer.problemKey("save.failed")) + " " + answer.problem());
    }

    private void setBusy(boolean on) {
        busy = on;
        for (HTMLButtonElement b : new HTMLButtonElement[] {update, fork, create}) b.setDisabled(on);
        Dom.toggleClass(dialog, "busy", on);
    }
}
