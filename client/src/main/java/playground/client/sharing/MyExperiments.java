package playground.client.sharing;

import java.util.List;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Modal;
import playground.client.ui.PageMode;

/**
 * "My experiments": the experiments this browser saved (it holds their edit tokens), newest
 * first, each with its title, when it was saved, its short link, and a delete button that asks
 * once more before it deletes.
 */
final class MyExperiments {
    private final SharePage page;
    private final I18n i18n;
    private final OwnedExperiments owned = new OwnedExperiments();
    private final HTMLElement dialog;
    private final HTMLElement list;
    private final HTMLElement empty;
    private final HTMLElement error;

    MyExperiments(SharePage page) {
        this.page = page;
        this.i18n = page.i18n;
        dialog = Dom.el(page.section(), "dialog", "share-dialog mine-dialog");
        dialog.setId("mine-dialog");
        dialog.setAttribute("aria-labelledby", "mine-heading");
        Dom.text(dialog, "h2", null, "mine.heading").setId("mine-heading");
        empty = Dom.el(dialog, "p", "hint");
        empty.setId("mine-empty");
        list = Dom.el(dialog, "ul", "mine-list");
        list.setId("mine-list");
        error = Dom.el(dialog, "p", "error");
        error.setAttribute("role", "alert");
        error.setId("mine-error");
        HTMLElement buttons = Dom.el(dialog, "div", "dialog-buttons");
        Dom.button(buttons, null, "save.close", () -> Modal.close(dialog));
        i18n.apply(dialog);
        owned.onChange(this::render);
        i18n.onChange(this::render);
    }

    void open() {
        error.setTextContent("");
        render();
        Modal.open(dialog);
    }

    private void render() {
        List<OwnedExperiments.Entry> entries = owned.all();
        list.clear();
        empty.setHidden(!entries.isEmpty());
        empty.setTextContent(i18n.t(OwnedExperiments.available() ? "mine.empty" : "mine.noStorage"));
        for (OwnedExperiments.Entry entry : entries) item(entry);
    }

    private void item(OwnedExperiments.Entry entry) {
        HTMLElement li = Dom.el(list, "li", "mine-item");
        li.setAttribute("data-id", entry.id);
        HTMLElement text = Dom.el(li, "div", "mine-text");
        HTMLElement link = Dom.el(text, "a", "mine-title");
        link.setAttribute("href", PageMode.absolute("e/" + entry.id));
        link.setTextContent(entry.title.trim().isEmpty() ? i18n.t("experiment.untitled") : entry.title);
        HTMLElement meta = Dom.el(text, "span", "mine-meta");
        meta.setTextContent((entry.savedAt.isEmpty() ? "" : PageMode.dateTime(entry.savedAt, i18n.locale()) + " · ")
                + "/e/" + entry.id);
        HTMLButtonElement delete = Dom.button(li, "danger", null, () -> { });
        delete.setTextContent(i18n.t("experiment.delete"));
        boolean[] confirming = {false};
        Dom.on(delete, "click", e -> {
            if (!confirming[0]) {
                confirming[0] = true;
                delete.setTextContent(i18n.t("experiment.confirmDelete"));
                return;
            }
            delete.setDisabled(true);
            ExperimentApi.delete(entry.id, entry.token, answer -> {
                if (answer.ok() || answer.status == 404) {
                    owned.forget(entry.id);
                    SavedExperiment shown = page.current();
                    if (shown != null && shown.id.equals(entry.id)) {
                        page.setCurrent(null);
                        PageMode.showAddress("");
                        page.notice("experiment.deleted", null);
                    }
                } else {
                    delete.setDisabled(false);
                    error.setTextContent(i18n.t(answer.problemKey("experiment.deleteFailed")) + " "
                            + answer.problem());
                }
            });
        });
    }
}
