package playground.client.classroom.teacher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import playground.client.classroom.ClassApi;
import playground.client.ui.Dom;
import playground.client.ui.Downloads;
import playground.client.ui.I18n;
import playground.client.ui.LanguageSwitch;
import playground.client.ui.Notice;
import playground.client.ui.PageMode;
import playground.client.ui.Storage;
import playground.client.ui.Theme;
import playground.config.Goal;
import playground.core.Json;
import playground.core.Numbers;

/**
 * The teacher's page of a class ({@code /c/{id}/teacher#token=…}, web/teacher.html): the class and
 * its goal, the counts, the attempts as they come in (first read, then the live stream), CSV,
 * closing and deleting the class. The key is in the address's fragment, which no server and no
 * referrer ever sees; without it, or with a wrong one, the page says so and shows nothing else.
 */
final class TeacherPage {
    private final I18n i18n;
    private final Notice notice;
    private final String classId;
    private final String token;
    private final HTMLElement heading;
    private final HTMLElement goalText;
    private final HTMLElement state;
    private final HTMLElement message;
    private final HTMLElement content;
    private final HTMLInputElement classLink;
    private final HTMLButtonElement closeButton;
    private final HTMLElement csv;
    private final HTMLElement live;
    private final AttemptTable table;
    private Map<?, ?> classInfo;
    private String messageKey;
    private String liveKey = "teacher.connecting";
    private JSObject events;
    private int arrivals;

    private TeacherPage(I18n i18n) {
        this.i18n = i18n;
        classId = classIdInPath();
        token = tokenInFragment();
        HTMLElement prefs = Dom.byId("prefs");
        new LanguageSwitch(prefs, i18n);
        new Theme(Storage.query("theme")).addMenu(prefs);
        notice = new Notice(Dom.byId("notice"), i18n);

        HTMLElement main = Dom.byId("teacher");
        heading = Dom.byId("teacher-heading");
        message = Dom.el(main, "p", "teacher-message error");
        message.setId("teacher-message");
        message.setAttribute("role", "alert");
        content = Dom.el(main, "div", "teacher-content");
        content.setId("teacher-content");
        content.setHidden(true);

        HTMLElement about = Dom.el(content, "section", "class-about");
        goalText = Dom.el(about, "p", "class-goal");
        goalText.setId("class-goal");
        state = Dom.el(about, "p", "class-state");
        state.setId("class-state");
        classLink = Dom.input(null, "text", "link-field");
        classLink.setId("teacher-class-link");
        classLink.setReadOnly(true);
        classLink.setValue(PageMode.absolute("c/" + classId));
        HTMLElement linkField = Dom.field(about, "class.studentLink", classLink);
        HTMLElement row = Dom.el(linkField, "div", "link-row");
        row.appendChild(classLink);
        Dom.button(row, null, "save.copy", () -> Downloads.copy(classLink.getValue(),
                ok -> notice.show(ok ? "export.copied" : "export.copyFailed", ok ? null : classLink.getValue())));

        HTMLElement actions = Dom.el(about, "div", "class-actions");
        csv = Dom.text(actions, "a", "button-link secondary", "teacher.csv");
        csv.setId("attempts-csv");
        csv.setAttribute("href", ClassApi.csvAddress(classId, token == null ? "" : token));
        csv.setAttribute("download", "class-" + classId + ".csv");
        closeButton = Dom.button(actions, null, "teacher.close", this::closeClass);
        closeButton.setId("class-close");
        Dom.button(actions, "danger", "teacher.delete", this::deleteClass).setId("class-delete");

        live = Dom.el(content, "p", "class-live");
        live.setId("class-live");
        live.setAttribute("role", "status");
        table = new AttemptTable(content, i18n, token == null ? "" : token);

        i18n.onChange(this::render);
        i18n.apply(Dom.doc().getBody());
        render();
        start();
    }

    /** Builds the page in the current document (web/teacher.html). */
    static void start(String en, String zh) {
        new TeacherPage(new I18n(en, zh, LanguageSwitch.initial()));
        Dom.byId("loading").setHidden(true);
    }

    private void start() {
        if (classId == null || classId.isEmpty()) {
            show("teacher.noClass");
            return;
        }
        if (token == null || token.isEmpty()) {
            show("teacher.noToken");
            return;
        }
        ClassApi.attempts(classId, token, answer -> {
            if (!answer.ok()) {
                show(answer.status == 401 || answer.status == 403 ? "teacher.badToken"
                        : answer.status == 404 ? "teacher.noClass" : answer.problemKey("teacher.unreadable"));
                return;
            }
            Map<?, ?> m = (Map<?, ?>) Json.parse(answer.body);
            classInfo = m.get("class") instanceof Map ? (Map<?, ?>) m.get("class") : null;
            if (m.get("attempts") instanceof List) {
                for (Object a : (List<?>) m.get("attempts")) table.add(Attempt.of(a, arrivals++));
            }
            content.setHidden(false);
            show(null);
            listen();
        });
    }

    private void listen() {
        events = ClassEvents.open(ClassApi.eventsAddress(classId, token), (type, data) -> {
            if ("attempt".equals(type)) {
                try {
                    table.add(Attempt.fromJson(data, arrivals++));
                } catch (RuntimeException damaged) {
                    return;  // not an attempt: nothing to show
                }
                liveKey = "teacher.live";
            } else if ("deleted".equals(type)) {
                gone();
                return;
            } else if ("open".equals(type)) {
                liveKey = "teacher.live";
            } else {
                liveKey = "closed".equals(type) ? "teacher.offline" : "teacher.reconnecting";
            }
            renderLive();
        });
    }

    private void closeClass() {
        closeButton.setDisabled(true);
        ClassApi.close(classId, token, answer -> {
            if (!answer.ok()) {
                closeButton.setDisabled(false);
                notice.show(answer.problemKey("teacher.failed"), answer.problem());
                return;
            }
            classInfo = withOpen(false);
            render();
        });
    }

    private void deleteClass() {
        if (!confirm(i18n.t("teacher.deleteConfirm"))) return;
        ClassApi.delete(classId, token, answer -> {
            if (!answer.ok()) {
                notice.show(answer.problemKey("teacher.failed"), answer.problem());
                return;
            }
            gone();
        });
    }

    /** The class is deleted (here or on another of the teacher's pages): nothing left to show. */
    private void gone() {
        if (events != null) ClassEvents.close(events);
        events = null;
        table.clear();
        content.setHidden(true);
        show("teacher.deleted");
    }

    private Map<?, ?> withOpen(boolean open) {
        LinkedHashMap<Object, Object> copy = new LinkedHashMap<>();
        if (classInfo != null) copy.putAll(classInfo);
        copy.put("open", open);
        return copy;
    }

    private void show(String key) {
        messageKey = key;
        Dom.toggleClass(message, "error", key != null && !"teacher.deleted".equals(key));
        render();
    }

    private void render() {
        String title = classInfo != null && classInfo.get("title") instanceof String ? (String) classInfo.get("title") : "";
        String heading = title.trim().isEmpty() ? i18n.t("teacher.heading") : i18n.t("teacher.headingOf", title);
        Dom.setText(this.heading, heading);
        Dom.doc().setTitle(heading + " — " + i18n.t("page.title"));
        message.setHidden(messageKey == null);
        Dom.setText(message, messageKey == null ? "" : i18n.t(messageKey));
        if (classInfo == null) return;
        List<String> words = goalWords();
        Dom.setText(goalText, words.isEmpty() ? i18n.t("teacher.noGoal")
                : i18n.t("goal.summary", String.join(i18n.t("goal.and"), words)));
        table.setPartWords(words);
        boolean open = !Boolean.FALSE.equals(classInfo.get("open"));
        Dom.setText(state, i18n.t(open ? "teacher.openState" : "teacher.closedState"));
        Dom.toggleClass(state, "closed", !open);
        closeButton.setDisabled(!open);
        renderLive();
    }

    private void renderLive() {
        Dom.setText(live, i18n.t(liveKey));
        live.setAttribute("data-live", liveKey.substring("teacher.".length()));
    }

    /** The class's goal, part by part, in the reader's words (the playground's challenge words). */
    @SuppressWarnings("unchecked")
    private List<String> goalWords() {
        List<String> words = new ArrayList<>();
        Object g = classInfo.get("goal");
        if (!(g instanceof Map)) return words;
        Goal goal;
        try {
            goal = Goal.fromMap((Map<String, Object>) g);
        } catch (RuntimeException unreadable) {
            return words;
        }
        for (Map.Entry<String, Object> part : goal.toMap().entrySet()) {
            Object v = part.getValue();
            String limit = v instanceof Double ? Numbers.format((Double) v) : String.valueOf(v);
            words.add(i18n.t("goal." + part.getKey(), limit));
        }
        return words;
    }

    /** {@code /c/{id}/teacher} → {@code id}. */
    @JSBody(script = "const match = /\\/c\\/([^/]+)\\/teacher\\/?$/.exec(location.pathname);"
            + "return match ? decodeURIComponent(match[1]) : null;")
    private static native String classIdInPath();

    @JSBody(script = "const match = /(?:^#|&)token=([^&]*)/.exec(location.hash);"
            + "return match ? decodeURIComponent(match[1]) : null;")
    private static native String tokenInFragment();

    @JSBody(params = "text", script = "return window.confirm(text);")
    private static native boolean confirm(String text);
}
