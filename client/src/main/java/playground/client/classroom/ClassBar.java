package playground.client.classroom;

import java.util.Map;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Experiment;
import playground.client.sharing.ExperimentCapture;
import playground.client.sharing.Sharing;
import playground.client.ui.Dom;
import playground.client.ui.Http;
import playground.client.ui.I18n;
import playground.client.ui.Storage;
import playground.core.Json;

/**
 * The student's class bar on a class's page: the class's title, an optional nickname (remembered
 * for this class where the browser lets us), "Hand in", and a line saying what became of the last
 * attempt. Reaching the goal records an attempt of kind "goal" by itself, once per run; "Hand in"
 * records one of kind "handin" at any time.
 */
final class ClassBar {
    private final String classId;
    private final Experiment state;
    private final EngineClient engine;
    private final I18n i18n;
    private final HTMLElement bar;
    private final HTMLElement title;
    private final HTMLInputElement nickname;
    private final HTMLButtonElement handIn;
    private final HTMLElement status;
    private String titleText;
    /** Whether the student asked for training on this page (play or step). */
    private boolean trainedHere;
    private String statusKey = "class.ready";
    private String statusDetail = "";
    private int recorded;
    private int sending;

    ClassBar(String classId, Sharing sharing, Experiment state, EngineClient engine, I18n i18n) {
        this.classId = classId;
        this.state = state;
        this.engine = engine;
        this.i18n = i18n;
        HTMLElement section = Dom.byId("sharing");
        bar = Dom.el("section", "class-bar");
        bar.setId("class-bar");
        bar.setAttribute("data-i18n-aria", "class.barLabel");
        section.insertBefore(bar, section.getFirstChild());
        title = Dom.el(bar, "h2", "class-title");
        title.setId("class-title");

        nickname = Dom.input(null, "text", "class-nickname");
        nickname.setId("class-nickname");
        nickname.setAttribute("maxlength", "40");
        nickname.setAttribute("autocomplete", "nickname");
        nickname.setAttribute("data-i18n-placeholder", "class.nicknamePlaceholder");
        Dom.field(bar, "class.nickname", nickname);
        String remembered = Storage.get(nicknameKey());
        if (remembered != null) nickname.setValue(remembered);
        Dom.on(nickname, "change", e -> Storage.put(nicknameKey(), nickname.getValue().trim()));

        handIn = Dom.button(bar, "primary", "class.handIn", () -> record(ClassApi.HANDIN));
        handIn.setId("class-handin");
        status = Dom.el(bar, "p", "class-status");
        status.setId("class-status");
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");
        status.setAttribute("data-recorded", "0");

        // a goal met by the network the page opened with (a challenge saved trained) is not the
        // student's: only a run the student trained here counts
        engine.onTrainingAsked(() -> trainedHere = true);
        sharing.onGoalReached(() -> {
            if (trainedHere) record(ClassApi.GOAL);
        });
        i18n.onChange(this::render);
        i18n.apply(bar);
        render();
        ClassApi.read(classId, this::classRead);
    }

    private String nicknameKey() {
        return "class." + classId + ".nickname";
    }

    private void classRead(Http.Answer answer) {
        if (!answer.ok()) {
            show(answer.problemKey("class.unreadable"), answer.problem());
            handIn.setDisabled(true);
            return;
        }
        Object parsed = Json.parse(answer.body);
        Map<?, ?> m = parsed instanceof Map ? (Map<?, ?>) parsed : null;
        titleText = m != null && m.get("title") instanceof String ? (String) m.get("title") : null;
        if (m != null && Boolean.FALSE.equals(m.get("open"))) {
            handIn.setDisabled(true);
            show("class.closed", "");
        }
        render();
    }

    /** Sends the worker's state right now as an attempt of {@code kind}. */
    private void record(String kind) {
        sending++;
        show("class.sending", "");
        String name = nickname.getValue().trim();
        Storage.put(nicknameKey(), name);
        ExperimentCapture.take(engine, capture -> {
            if (capture == null) {
                sent();
                show("class.noState", "");
                return;
            }
            ClassApi.attempt(classId, AttemptBody.of(kind, name, capture, state.view().goal), answer -> {
                sent();
                if (answer.ok()) {
                    recorded++;
                    status.setAttribute("data-recorded", Integer.toString(recorded));
                    status.setAttribute("data-last-attempt", answer.field("id") == null ? "" : answer.field("id"));
                    show(ClassApi.GOAL.equals(kind) ? "class.recordedGoal" : "class.recordedHandIn", "");
                } else if (answer.status == 409) {
                    handIn.setDisabled(true);
                    show("class.closed", "");
                } else {
                    show(answer.problemKey("class.failed"), answer.problem());
                }
            });
        });
    }

    private void sent() {
        sending--;
        status.setAttribute("data-sending", Integer.toString(sending));
    }

    private void show(String key, String detail) {
        statusKey = key;
        statusDetail = detail == null ? "" : detail;
        render();
    }

    private void render() {
        Dom.setText(title, titleText == null || titleText.trim().isEmpty() ? i18n.t("class.untitled")
                : i18n.t("class.heading", titleText));
        String text = i18n.t(statusKey);
        Dom.setText(status, statusDetail.isEmpty() ? text : text + " " + statusDetail);
        Dom.toggleClass(status, "error", statusKey.startsWith("error.") || statusKey.equals("class.failed")
                || statusKey.equals("class.unreadable") || statusKey.equals("class.noState"));
    }
}
