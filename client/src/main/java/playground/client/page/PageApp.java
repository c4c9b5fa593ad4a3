package playground.client.page;

import org.teavm.jso.dom.html.HTMLElement;
import playground.client.classroom.Classroom;
import playground.client.engine.EngineClient;
import playground.client.page.panels.CompactNetwork;
import playground.client.page.panels.DataPanel;
import playground.client.page.panels.ExportPanel;
import playground.client.page.panels.GradientPanel;
import playground.client.page.panels.HyperParameters;
import playground.client.page.panels.MathPanel;
import playground.client.page.panels.MetricsPanel;
import playground.client.page.panels.NetworkPanel;
import playground.client.page.panels.OutputPanel;
import playground.client.page.panels.ParameterEditor;
import playground.client.page.panels.PointTool;
import playground.client.page.panels.ThemeSwitch;
import playground.client.page.panels.TrainingControls;
import playground.client.page.panels.TrainingSummary;
import playground.client.probes.PageProbe;
import playground.client.serverruns.ServerRuns;
import playground.client.sharing.Sharing;
import playground.client.ui.Dom;
import playground.client.ui.Fold;
import playground.client.ui.HoverCard;
import playground.client.ui.I18n;
import playground.client.ui.LanguageSwitch;
import playground.client.ui.Notice;

/**
 * Puts the page together: one {@link PageState}, the worker's {@link EngineClient}, and each
 * panel in its place. Panels talk to each other only through the state and the engine.
 */
public final class PageApp {
    private PageApp() {}

    public static void start(String runtime, I18n i18n) {
        PageState state = new PageState();
        Notice notice = new Notice(Dom.byId("notice"), i18n);
        state.onError(notice::show);
        Sharing sharing = Sharing.prepare(notice);
        if (sharing.ignoresHostKeys()) state.ignoreHostKeys();
        if (sharing.isEmbed()) state.replaceOnly(); // an embed adds no entries to its host's history
        state.start();

        HTMLElement prefs = Dom.byId("prefs");
        new LanguageSwitch(prefs, i18n);
        ThemeSwitch theme = new ThemeSwitch(prefs, state);
        EngineClient engine = new EngineClient(state, runtime, theme.dark());
        theme.onChange(() -> engine.setDark(theme.dark()));
        engine.onError(message -> notice.show("error.engine", message));

        HoverCard card = new HoverCard(Dom.byId("card"));
        ParameterEditor editor = new ParameterEditor(Dom.doc().getBody(), i18n);
        PointTool tool = new PointTool(state, engine, notice);

        new TrainingControls(Dom.byId("run-controls"), state, engine, i18n);
        new HyperParameters(Dom.byId("hyper-parameters"), state);
        new DataPanel(Dom.byId("data-panel"), state, engine, theme, i18n, tool);
        NetworkPanel network = new NetworkPanel(Dom.byId("network-panel"), state, engine, theme, i18n, card, editor);
        OutputPanel output = new OutputPanel(Dom.byId("output-panel"), state, engine, theme, i18n, card, tool);
        new CompactNetwork(Dom.byId("output-panel"), Dom.byId("network-panel"), network.linkColours(), state, engine,
                theme);
        new MetricsPanel(Dom.byId("output-panel"), engine, theme, i18n);
        new GradientPanel(Dom.byId("gradient-panel"), engine, network, i18n, card);
        new TrainingSummary(Dom.byId("output-panel"), Dom.byId("gradient-panel"), engine, i18n);
        new MathPanel(Dom.byId("math-panel"), engine, i18n);
        new ExportPanel(Dom.byId("export-panel"), prefs, state, engine, output, sharing::figure, notice);
        new ControlVisibility(state).apply();
        foldForPhones();

        i18n.apply(Dom.doc().getDocumentElement());
        sharing.install(state, engine, i18n, notice, prefs);
        Classroom.install(sharing, state, engine, i18n, notice);
        PageProbe.install(engine);
        ServerRuns.install(state, engine, theme, i18n, notice);
        Dom.byId("loading").setHidden(true);
        output.paintAhead(); // last: whatever changed the run above is in it
        engine.start(); // after: the page has the CPU to itself while it builds
        engine.onFrame(f -> {
            HTMLElement root = Dom.doc().getDocumentElement();
            if (!"ready".equals(root.getAttribute("data-page"))) root.setAttribute("data-page", "ready");
        });
    }

    /**
     * On a phone the first screen is for looking (play, the output, the network): the header's
     * tools, the settings and the data controls fold away under a button each, closed at first
     * (wider screens ignore this).
     */
    private static void foldForPhones() {
        HTMLElement header = Dom.doc().querySelector("header.top").cast();
        new Fold(header, header, Dom.byId("prefs"), "menu", "fold.menu", false);
        HTMLElement run = Dom.byId("run-controls");
        new Fold(Dom.byId("bar"), run, run.querySelector(".run-settings").cast(), "settings", "fold.settings", false);
        HTMLElement data = Dom.byId("data-panel");
        new Fold(data, data, data.getFirstChild().cast(), "data", "fold.data", false);
    }
}
