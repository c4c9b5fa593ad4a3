package playground.client.serverruns;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Experiment;
import playground.client.ui.Bundles;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.client.ui.Notice;
import playground.client.ui.PageMode;
import playground.client.ui.PaletteSource;
import playground.client.ui.Storage;

/**
 * The door of "Run on the server" in the playground page's own bundle (docs/api.md): the header's
 * button, and the room itself ({@link ServerRunsMain}: dialog, live view, sweep table) in a bundle
 * of its own, loaded on the first press, or at start when this tab follows a run (a reload shows
 * it again). The room reaches the page only through the {@link PageBridge} built here. Only where
 * there is a server: not in the static export, not in embeds.
 *
 * <p>This class is all of the room the page's bundle carries: it names none of the room's other
 * classes (ClientRoomsTest), so TeaVM leaves them out.
 */
public final class ServerRuns {
    /** The bundle (serverruns.wasm, serverruns.js) compiled from {@link ServerRunsMain}. */
    static final String BUNDLE = "serverruns";
    /** Where a tab remembers the run it follows ({@link Storage#visitGet}): the page reads only whether it is there. */
    static final String FOLLOWED_RUN = "serverRun";
    /** How long the bundle may take before the button says it is loading. */
    private static final int QUIET_MILLIS = 300;

    private final Experiment state;
    private final EngineClient engine;
    private final PaletteSource colours;
    private final I18n i18n;
    private final Notice notice;
    private final HTMLButtonElement button;
    private Room room;
    private boolean loading;
    private boolean openWhenLoaded;
    private int slowTimer = -1;

    private ServerRuns(Experiment state, EngineClient engine, PaletteSource colours, I18n i18n, Notice notice,
            HTMLElement tools) {
        this.state = state;
        this.engine = engine;
        this.colours = colours;
        this.i18n = i18n;
        this.notice = notice;
        button = Dom.button(tools, null, "serverRun.open", this::pressed);
        button.setId("server-run-open");
    }

    /** The room makes its own I18n from the texts the page's {@code i18n} has loaded. */
    public static void install(Experiment state, EngineClient engine, PaletteSource colours, I18n i18n, Notice notice) {
        HTMLElement tools = Dom.byId("share-tools");
        if (PageMode.isStatic() || PageMode.isEmbed() || tools == null) return;
        ServerRuns runs = new ServerRuns(state, engine, colours, i18n, notice, tools);
        i18n.apply(tools);
        if (Storage.visitGet(FOLLOWED_RUN) != null) runs.load();
    }

    private void pressed() {
        if (room != null) {
            room.openDialog();
            return;
        }
        openWhenLoaded = true;
        load();
    }

    private void load() {
        if (loading) return;
        loading = true;
        button.setAttribute("aria-busy", "true");
        slowTimer = Window.setTimeout(() -> label("serverRun.loading"), QUIET_MILLIS);
        Bundles.load(BUNDLE, exports -> {
            loaded();
            room = exports.cast();
            room.start(bridge());
            if (openWhenLoaded) room.openDialog();
        }, message -> {
            loaded();
            openWhenLoaded = false;
            Js.warn("the server runs' bundle did not load: " + message); // the browser's words are for developers
            notice.show("serverRun.loadFailed", null);
        });
    }

    /** Loaded or failed: the button is itself again (after a failure, the next press tries again). */
    private void loaded() {
        loading = false;
        Window.clearTimeout(slowTimer);
        button.removeAttribute("aria-busy");
        label("serverRun.open");
    }

    private void label(String key) {
        button.setAttribute("data-i18n", key);
        button.setTextContent(i18n.t(key));
    }

    // ---------------------------------------------------------------- the bridge (PageBridge's other side)

    private JSObject bridge() {
        return bridge(() -> state.config().toJson(), i18n::language, i18n::json,
                () -> colours.palette().dark, () -> state.view().colorblind,
                this::restore, notice::show, listener -> {
                    i18n.onChange(listener::changed);
                    colours.onChange(listener::changed);
                });
    }

    /** Opens a server trial's snapshot in the playground: training on continues as the server would have. */
    private void restore(String snapshotJson, String description) {
        notice.show("serverRun.opened", description);
        engine.restore(snapshotJson, message -> notice.show("serverRun.notForPage", message));
        Dom.byId("network-panel").focus();
    }

    @JSBody(params = {"config", "language", "texts", "dark", "colorblind", "restore", "notice", "onChange"},
            script = "return {config, language, texts, dark, colorblind, restore, notice, onChange};")
    private static native JSObject bridge(Text config, Text language, I18n.Loaded texts, Flag dark, Flag colorblind,
            Restore restore, Say notice, Listen onChange);

    @JSFunctor
    interface Text extends JSObject {
        String get();
    }

    @JSFunctor
    interface Flag extends JSObject {
        boolean get();
    }

    @JSFunctor
    interface Restore extends JSObject {
        void restore(String snapshotJson, String description);
    }

    @JSFunctor
    interface Say extends JSObject {
        void show(String key, String detail);
    }

    @JSFunctor
    interface Listen extends JSObject {
        void listen(PageBridge.Changed listener);
    }

    /** The bundle's exports ({@link ServerRunsMain}'s {@code @JSExport} methods). */
    interface Room extends JSObject {
        void start(JSObject page);

        void openDialog();
    }
}
