package playground.client.classroom.teacher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import playground.client.classroom.ClassApi;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.LossText;
import playground.client.ui.PageMode;
import playground.core.Json;

/**
 * The teacher's table of attempts, with the counts above it: each attempt once (the live stream
 * repeats what the first read gave), sorted by time (newest first) or by a loss (lowest first).
 * Each row: time, nickname, kind, epoch, the two losses, a mark per part of the goal, the output
 * picture and a link that opens the attempt in the playground exactly.
 */
final class AttemptTable {
    private static final String[] SORTS = {"time", "testLoss", "trainLoss"};

    private final I18n i18n;
    private final String teacherToken;
    private final List<Attempt> attempts = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final HTMLElement attemptsCount;
    private final HTMLElement studentsCount;
    private final HTMLElement metCount;
    private final HTMLSelectElement sort;
    private final HTMLElement body;
    private final HTMLElement empty;
    private List<String> partWords = new ArrayList<>();

    AttemptTable(HTMLElement parent, I18n i18n, String teacherToken) {
        this.i18n = i18n;
        this.teacherToken = teacherToken;
        HTMLElement counts = Dom.el(parent, "dl", "class-counts");
        attemptsCount = count(counts, "teacher.countAttempts", "count-attempts");
        studentsCount = count(counts, "teacher.countStudents", "count-students");
        metCount = count(counts, "teacher.countMet", "count-met");

        HTMLElement tools = Dom.el(parent, "div", "attempt-tools");
        sort = Dom.select(null, "attempt-sort");
        sort.setId("attempt-sort");
        for (String s : SORTS) Dom.option(sort, s, "teacher.sort." + s);
        Dom.field(tools, "teacher.sort", sort);
        Dom.on(sort, "change", e -> render());

        HTMLElement scroller = Dom.el(parent, "div", "attempts-scroll");
        scroller.setAttribute("tabindex", "0");
        scroller.setAttribute("data-i18n-aria", "teacher.tableLabel");
        HTMLElement table = Dom.el(scroller, "table", "attempts");
        table.setId("attempts");
        HTMLElement head = Dom.el(Dom.el(table, "thead", null), "tr", null);
        for (String column : new String[] {"time", "nickname", "kind", "epoch", "trainLoss", "testLoss", "goal",
                "picture", "open"}) {
            HTMLElement th = Dom.text(head, "th", "at-" + column, "teacher.column." + column);
            th.setAttribute("scope", "col");
        }
        body = Dom.el(table, "tbody", null);
        empty = Dom.text(parent, "p", "attempts-empty", "teacher.noAttempts");
        empty.setId("attempts-empty");
        i18n.onChange(this::render);
    }

    private static HTMLElement count(HTMLElement parent, String key, String id) {
        HTMLElement item = Dom.el(parent, "div", "class-count");
        HTMLElement value = Dom.el(item, "dd", null);
        value.setId(id);
        value.setTextContent("0");
        Dom.text(item, "dt", null, key);
        return value;
    }

    /** The goal's parts in words (for each mark's label), in the goal's order. */
    void setPartWords(List<String> words) {
        partWords = words;
        render();
    }

    int size() {
        return attempts.size();
    }

    /** Adds an attempt not seen yet; returns whether it was new. */
    boolean add(Attempt a) {
        if (a.id.isEmpty() || !ids.add(a.id)) return false;
        attempts.add(a);
        render();
        return true;
    }

    void clear() {
        attempts.clear();
        ids.clear();
        render();
    }

    private Comparator<Attempt> order() {
        Comparator<Attempt> newestFirst = Comparator.comparingDouble((Attempt a) -> millis(a.createdAt))
                .thenComparingInt(a -> a.arrival).reversed();
        switch (sort.getValue()) {
            case "testLoss": return Comparator.comparingDouble((Attempt a) -> lossKey(a.testLoss)).thenComparing(newestFirst);
            case "trainLoss": return Comparator.comparingDouble((Attempt a) -> lossKey(a.trainLoss)).thenComparing(newestFirst);
            default: return newestFirst;
        }
    }

    /** A diverged loss sorts last. */
    private static double lossKey(double loss) {
        return loss == loss ? loss : Double.POSITIVE_INFINITY;
    }

    private void render() {
        List<Attempt> sorted = new ArrayList<>(attempts);
        sorted.sort(order());
        body.clear();
        for (Attempt a : sorted) row(a);
        empty.setHidden(!attempts.isEmpty());
        Set<String> students = new HashSet<>();
        Set<String> met = new HashSet<>();
        int anonymousMet = 0;
        for (Attempt a : attempts) {
            if (!a.student().isEmpty()) students.add(a.student());
            if (a.goalMet()) {
                if (a.student().isEmpty()) anonymousMet++; else met.add(a.student());
            }
        }
        Dom.setText(attemptsCount, Integer.toString(attempts.size()));
        Dom.setText(studentsCount, Integer.toString(students.size()));
        Dom.setText(metCount, Integer.toString(met.size() + anonymousMet));
    }

    private void row(Attempt a) {
        HTMLElement tr = Dom.el(body, "tr", a.goalMet() ? "met" : null);
        tr.setAttribute("data-attempt", a.id);
        cell(tr, "time").setTextContent(time(a.createdAt, i18n.locale()));
        HTMLElement name = cell(tr, "nickname");
        name.setTextContent(a.student().isEmpty() ? i18n.t("teacher.anonymous") : a.student());
        Dom.toggleClass(name, "anonymous", a.student().isEmpty());
        cell(tr, "kind").setTextContent(i18n.t("teacher.kind." + (ClassApi.GOAL.equals(a.kind) ? "goal" : "handin")));
        cell(tr, "epoch").setTextContent(Integer.toString(a.epoch));
        loss(cell(tr, "trainLoss"), a.trainLoss);
        loss(cell(tr, "testLoss"), a.testLoss);
        HTMLElement goal = cell(tr, "goal");
        for (int i = 0; i < a.parts.size(); i++) {
            boolean holds = a.met.get(i);
            HTMLElement mark = Dom.el(goal, "span", holds ? "part holds" : "part fails");
            mark.setAttribute("data-part", a.parts.get(i));
            mark.setTextContent(holds ? "✓" : "✗");
            String words = i < partWords.size() ? partWords.get(i) : a.parts.get(i);
            String label = words + " " + i18n.t(holds ? "goal.holds" : "goal.fails");
            mark.setAttribute("title", label);
            mark.setAttribute("aria-label", label);
        }
        HTMLElement picture = cell(tr, "picture");
        if (!a.previewUrl.isEmpty()) {
            HTMLElement img = Dom.el(picture, "img", null);
            img.setAttribute("src", ClassApi.previewAddress(a.previewUrl, teacherToken));
            img.setAttribute("loading", "lazy");
            img.setAttribute("width", "48");
            img.setAttribute("height", "48");
            img.setAttribute("alt", i18n.t("teacher.pictureOf", a.student().isEmpty() ? i18n.t("teacher.anonymous")
                    : a.student()));
        }
        HTMLElement open = Dom.el(cell(tr, "open"), "a", "open-attempt");
        open.setAttribute("href", PageMode.absolute(a.url));
        open.setAttribute("target", "_blank");
        open.setAttribute("rel", "noopener");
        open.setTextContent(i18n.t("teacher.open"));
    }

    private HTMLElement cell(HTMLElement tr, String column) {
        HTMLElement td = Dom.el(tr, "td", "at-" + column);
        td.setAttribute("data-label", i18n.t("teacher.column." + column));
        return td;
    }

    private void loss(HTMLElement td, double value) {
        td.setTextContent(LossText.of(value, 4, i18n));
        td.setAttribute("data-value", value == value ? Json.write(value) : "");
    }

    /** An ISO 8601 time as milliseconds (its text does not sort: the server writes as many decimals as it has). */
    @JSBody(params = "iso", script = "const t = Date.parse(iso); return isNaN(t) ? 0 : t;")
    private static native double millis(String iso);

    /** The attempt's time in the reader's language, to the second (attempts of one lesson are minutes apart). */
    @JSBody(params = {"iso", "locale"}, script = "const date = new Date(iso);"
            + "return isNaN(date.getTime()) ? String(iso) : date.toLocaleString(locale,"
            + " {month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit'});")
    private static native String time(String iso, String locale);
}
