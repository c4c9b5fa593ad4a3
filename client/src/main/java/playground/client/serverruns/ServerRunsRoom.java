package playground.client.serverruns;

import org.teavm.jso.dom.html.HTMLElement;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.config.Config;
import playground.config.Limits;
import playground.picture.Palette;

/**
 * The room as the page shows it: the {@link ServerRunDialog} (in the sharing bar), the
 * {@link ServerRunView} under it, and opening a finished trial in the playground: its snapshot
 * (configuration, weights, optimizer state, loss history) is fetched here and restored by the
 * page, so pressing play trains on exactly as the server would have. It speaks with its own
 * {@link I18n}, made from the page's texts, which follows the page's language.
 */
final class ServerRunsRoom {
    private final PageBridge page;
    private final I18n i18n;
    private final ServerRunDialog dialog;

    ServerRunsRoom(PageBridge page) {
        this.page = page;
        i18n = I18n.following(page.language(), page::texts);
        HTMLElement sharing = Dom.byId("sharing");
        HTMLElement section = Dom.el("section", null);
        sharing.getParentNode().insertBefore(section, sharing.getNextSibling());
        ServerRunView view = new ServerRunView(section, i18n, this::palette, this::open);
        dialog = new ServerRunDialog(sharing, () -> Config.fromJson(page.config(), Limits.BROWSER), i18n, view::follow);
        page.onChange(() -> {
            i18n.follow(page.language());
            view.recolour();
        });
        i18n.apply(section);
        i18n.apply(sharing);
        view.resume();
    }

    void openDialog() {
        dialog.open();
    }

    private Palette palette() {
        return Palette.of(page.colorblind(), page.dark());
    }

    /** Opens trial {@code trial} of run {@code runId} in the playground. */
    private void open(String runId, int trial, String description) {
        page.notice("serverRun.opening", description);
        ServerRunsApi.snapshot(runId, trial, answer -> {
            if (answer.ok()) {
                page.restore(answer.body, description);
            } else {
                page.notice("serverRun.openFailed", answer.problem());
            }
        });
    }
}
