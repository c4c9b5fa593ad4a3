package playground.client.sharing;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Notice;
import playground.client.ui.PageMode;

/**
 * The saved experiment this page shows: its title, when it was saved, the experiment it was
 * forked from, its short link and its notes; and, when this browser holds its edit token, the
 * buttons to change or delete it. The title and every other text of the writer are set as text;
 * the notes are the server's rendering ({@code renderedNotes}: Markdown made HTML with raw HTML
 * escaped), the one piece inserted as HTML, because the server made it safe.
 */
final class ExperimentCard {
    private final Sharing sharing;
    private final I18n i18n;
    private final Notice notice;
    private final HTMLElement card;
    private final HTMLElement title;
    private final HTMLElement meta;
    private final HTMLElement notes;
    private final HTMLElement actions;
    private final HTMLButtonElement delete;
    private boolean confirming;

    ExperimentCard(HTMLElement parent, Sharing sharing, I18n i18n, Notice notice) {
        this.sharing = sharing;
        this.i18n = i18n;
        this.notice = notice;
        card = Dom.el(parent, "section", "experiment-card");
        card.setId("experiment-card");
        card.setAttribute("aria-labelledby", "experiment-title");
        title = Dom.el(card, "h2", "experiment-title");
        title.setId("experiment-title");
        meta = Dom.el(card, "p", "experiment-meta");
        meta.setId("experiment-meta");
        notes = Dom.el(card, "div", "experiment-notes");
        notes.setId("experiment-notes");
        actions = Dom.el(card, "div", "experiment-actions");
        actions.setId("experiment-actions");
        HTMLButtonElement edit = Dom.button(actions, null, "experiment.edit", () -> { });
        edit.setId("experiment-edit");
        Dom.on(edit, "click", e -> sharing.edit(edit));
        delete = Dom.button(actions, "danger", "experiment.delete", this::delete);
        delete.setId("experiment-delete");

        sharing.onChange(this::render);
        sharing.owned().onChange(this::render);
        i18n.onChange(this::render);
    }

    private void render() {
        SavedExperiment e = sharing.current();
        card.setHidden(e == null);
        if (e == null) return;
        title.setTextContent(e.shownTitle() != null ? e.shownTitle() : i18n.t("experiment.untitled"));

        meta.clear();
        String when = e.updatedAt != null ? e.updatedAt : e.createdAt;
        if (when != null) {
            Dom.el(meta, "span", null).setTextContent(i18n.t("experiment.savedOn",
                    PageMode.dateTime(when, i18n.locale())));
        }
        if (e.parent != null) {
            HTMLElement fork = Dom.el(meta, "span", "experiment-parent");
            fork.setId("experiment-parent");
            Dom.el(fork, "span", null).setTextContent(i18n.t("experiment.forkedFrom") + " ");
            HTMLElement link = Dom.el(fork, "a", null);
            link.setAttribute("href", PageMode.absolute("e/" + e.parent));
            link.setTextContent("/e/" + e.parent);
        }
        HTMLElement shortLink = Dom.el(meta, "a", "experiment-link");
        shortLink.setId("experiment-link");
        shortLink.setAttribute("href", PageMode.absolute(e.url));
        shortLink.setTextContent(PageMode.absolute(e.url));

        boolean hasNotes = e.renderedNotes != null && !e.renderedNotes.trim().isEmpty();
        notes.setHidden(!hasNotes);
        setServerHtml(notes, hasNotes ? e.renderedNotes : "");

        boolean mine = !sharing.staticSite() && sharing.currentToken() != null;
        actions.setHidden(!mine);
        confirming = false;
        delete.setTextContent(i18n.t("experiment.delete"));
    }

    /** First click asks, second deletes: no blocking browser dialog (which a sandboxed frame may not show). */
    private void delete() {
        SavedExperiment e = sharing.current();
        String token = sharing.currentToken();
        if (e == null || token == null) return;
        if (!confirming) {
            confirming = true;
            delete.setTextContent(i18n.t("experiment.confirmDelete"));
            return;
        }
        delete.setDisabled(true);
        ExperimentApi.delete(e.id, token, answer -> {
            delete.setDisabled(false);
            if (answer.ok() || answer.status == 404) {
                sharing.owned().forget(e.id);
                sharing.setCurrent(null);
                PageMode.showAddress("");
                notice.show(answer.ok() ? "experiment.deleted" : "error.notFound", null);
            } else {
                confirming = false;
                render();
                notice.show(answer.problemKey("experiment.deleteFailed"), answer.problem());
            }
        });
    }

    /**
     * Puts the server's HTML of the notes into the element. Only for {@code renderedNotes}, which
     * the server produced from Markdown with raw HTML escaped; never for anything else.
     */
    @JSBody(params = {"element", "html"}, script = "element.innerHTML = html;")
    private static native void setServerHtml(HTMLElement element, String html);
}
