package playground.client.classroom;

import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import playground.client.sharing.Sharing;
import playground.client.ui.Dom;
import playground.client.ui.Downloads;
import playground.client.ui.I18n;
import playground.client.ui.Notice;
import playground.client.ui.PageMode;

/**
 * "Create a class link", under the short link of a challenge just saved: makes a class of it with
 * the experiment's edit token and shows the two links it gets — the class link for the students
 * and the teacher's private link (its key is the teacher's only way in) — each with a copy button.
 */
final class ClassLinks {
    private final Sharing sharing;
    private final I18n i18n;
    private final HTMLElement box;
    private final HTMLButtonElement create;
    private final HTMLElement error;
    private final HTMLElement links;
    private final HTMLInputElement classLink;
    private final HTMLInputElement teacherLink;
    private String experimentId;
    private String editToken;
    private boolean busy;

    ClassLinks(HTMLElement parent, Sharing sharing, I18n i18n, Notice notice) {
        this.sharing = sharing;
        this.i18n = i18n;
        box = Dom.el(parent, "div", "class-links");
        box.setId("class-links");
        Dom.text(box, "p", "hint", "class.offer");
        create = Dom.button(box, null, "class.create", this::create);
        create.setId("class-create");
        error = Dom.el(box, "p", "error");
        error.setId("class-create-error");
        error.setAttribute("role", "alert");
        links = Dom.el(box, "div", "class-link-list");
        classLink = linkRow(links, "class.studentLink", "class-link", notice, null);
        teacherLink = linkRow(links, "class.teacherLink", "class-teacher-link", notice, "class.keepPrivate");
        links.setHidden(true);
        box.setHidden(true);
        i18n.apply(box);
        sharing.onSaved(this::saved);
    }

    private static HTMLInputElement linkRow(HTMLElement parent, String key, String id, Notice notice, String warning) {
        HTMLInputElement field = Dom.input(null, "text", "link-field");
        field.setId(id);
        field.setReadOnly(true);
        HTMLElement wrap = Dom.field(parent, key, field);
        if (warning != null) Dom.text(wrap, "p", "keep-private", warning).setId(id + "-warning");
        HTMLElement row = Dom.el(wrap, "div", "link-row");
        row.appendChild(field);
        Dom.button(row, null, "save.copy", () -> Downloads.copy(field.getValue(),
                ok -> notice.show(ok ? "export.copied" : "export.copyFailed", ok ? null : field.getValue())))
                .setId(id + "-copy");
        return field;
    }

    /** A new save: a challenge this browser owns may become a class (again: each click makes a new class). */
    private void saved(String id, String token, boolean challenge) {
        experimentId = id;
        editToken = token;
        box.setHidden(!challenge || token == null);
        links.setHidden(true);
        error.setTextContent("");
    }

    /** The server's links are absolute (its public address); a relative one is made so against this site. */
    private static String address(String link) {
        if (link == null) return "";
        return link.startsWith("http://") || link.startsWith("https://") ? link : PageMode.absolute(link);
    }

    private void create() {
        if (busy || experimentId == null) return;
        busy = true;
        create.setDisabled(true);
        error.setTextContent("");
        ClassApi.create(experimentId, sharing.experimentTitle(), editToken, answer -> {
            busy = false;
            create.setDisabled(false);
            if (!answer.ok()) {
                error.setTextContent(i18n.t(answer.problemKey("class.createFailed")) + " " + answer.problem());
                return;
            }
            classLink.setValue(address(answer.field("classUrl")));
            teacherLink.setValue(address(answer.field("teacherUrl")));
            links.setHidden(false);
            classLink.focus();
            classLink.select();
        });
    }
}
