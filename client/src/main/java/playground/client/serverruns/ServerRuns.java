package playground.client.serverruns;

import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Experiment;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Notice;
import playground.client.ui.PageMode;
import playground.client.ui.PaletteSource;

/**
 * "Run on the server" on the playground page (docs/api.md): the header's button, its
 * {@link ServerRunDialog}, the {@link ServerRunView} under the run bar, and opening a finished
 * trial in the playground: its snapshot (configuration, weights, optimizer state, loss history)
 * is restored in the worker, so pressing play trains on exactly as the server would have. Only
 * where there is a server: not in the static export, not in embeds.
 */
public final class ServerRuns {
    private final EngineClient engine;
    private final Notice notice;

    private ServerRuns(EngineClient engine, Notice notice) {
        this.engine = engine;
        this.notice = notice;
    }

    public static void install(Experiment state, EngineClient engine, PaletteSource colours, I18n i18n, Notice notice) {
        HTMLElement tools = Dom.byId("share-tools");
        if (PageMode.isStatic() || PageMode.isEmbed() || tools == null) return;
        ServerRuns runs = new ServerRuns(engine, notice);
        HTMLElement sharing = Dom.byId("sharing");
        HTMLElement section = Dom.el("section", null);
        sharing.getParentNode().insertBefore(section, sharing.getNextSibling());
        ServerRunView view = new ServerRunView(section, i18n,
                colours::palette, runs::open);
        ServerRunDialog dialog = new ServerRunDialog(sharing, state, i18n, view::follow);
        Dom.button(tools, null, "serverRun.open", dialog::open).setId("server-run-open");
        colours.onChange(view::recolour);
        state.listen((oldConfig, oldView) -> {
            if (oldView.colorblind != state.view().colorblind) view.recolour();
        });
        i18n.apply(section);
        i18n.apply(sharing);
        i18n.apply(tools);
        view.resume();
    }

    /** Opens trial {@code trial} of run {@code runId} in the playground. */
    private void open(String runId, int trial, String description) {
        notice.show("serverRun.opening", description);
        ServerRunsApi.snapshot(runId, trial, answer -> {
            if (!answer.ok()) {
                notice.show("serverRun.openFailed", answer.problem());
                return;
            }
            notice.show("serverRun.opened", description);
            engine.restore(answer.body, message -> notice.show("serverRun.notForPage", message));
            Dom.byId("network-panel").focus();
        });
    }
}
