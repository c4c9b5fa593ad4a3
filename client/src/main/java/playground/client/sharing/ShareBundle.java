package playground.client.sharing;

import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Experiment;
import playground.client.engine.Frame;
import playground.client.engine.Points;
import playground.client.ui.Bundles;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.client.ui.Notice;
import playground.config.Goal;
import playground.config.HashCodec;
import playground.core.Json;

/**
 * The page's side of the share bundle (share.wasm or share.js: the save, "my experiments" and
 * embed-code dialogs and the figure), which the page loads only when the reader asks for one of
 * them: builds the {@link ShareBridge} object once, loads the bundle on the first press, and
 * hands it the tool asked for. A slow load shows "Loading…" on the button pressed; a failed one
 * a notice, and the next press tries again. Printing from the browser's menu asks for the figure
 * too (the first time, before the bundle is there, the page prints as it is).
 */
final class ShareBundle {
    static final String NAME = "share";
    /** A load quicker than this shows no "Loading…" at all. */
    private static final int QUIET_MS = 250;
    private static final String LOAD_FAILED = "share.loadFailed";

    private final I18n i18n;
    private final Notice notice;
    private final JSObject bridge;
    private JSObject exports;
    private boolean loading;

    ShareBundle(Sharing sharing, Experiment state, EngineClient engine, I18n i18n, Notice notice, HTMLElement section,
            HTMLElement saveExtras) {
        this.i18n = i18n;
        this.notice = notice;
        bridge = Js.object();
        put(bridge, ShareBridge.TEXTS, (I18n.Loaded) i18n::json);
        put(bridge, ShareBridge.LANGUAGE, (ShareBridge.Text) i18n::language);
        put(bridge, ShareBridge.ON_LANGUAGE, (ShareBridge.Ask) listener ->
                i18n.onChange(() -> give(listener, i18n.language())));
        put(bridge, ShareBridge.HASH, (ShareBridge.Text) () -> HashCodec.encode(state.config(), state.view()));
        put(bridge, ShareBridge.LINK, (ShareBridge.Text) state::link);
        put(bridge, ShareBridge.SET_GOAL, (ShareBridge.Take) goal ->
                state.rewriteView(state.view().withGoal(goal == null ? null : goal(goal))));
        put(bridge, ShareBridge.EPOCH, (ShareBridge.Whole) () -> engine.frame() == null ? 0 : engine.frame().epoch);
        put(bridge, ShareBridge.SNAPSHOT, (ShareBridge.Ask) done ->
                ExperimentCapture.take(engine, capture -> give(done, capture == null ? null : capture.stateJson)));
        put(bridge, ShareBridge.CURRENT, (ShareBridge.Text) () ->
                sharing.current() == null ? null : sharing.current().json);
        put(bridge, ShareBridge.SET_CURRENT, (ShareBridge.Take) json ->
                sharing.setCurrent(json == null ? null : SavedExperiment.fromJson(json)));
        put(bridge, ShareBridge.SAVED, (ShareBridge.Saved) sharing::saved);
        put(bridge, ShareBridge.NOTICE, (ShareBridge.TakeTwo) notice::show);
        Js.set(bridge, ShareBridge.SECTION, section);
        if (saveExtras != null) Js.set(bridge, ShareBridge.SAVE_EXTRAS, saveExtras);
        Js.set(bridge, ShareBridge.STATIC_SITE, sharing.staticSite());
        put(bridge, ShareBridge.FIGURE, (ShareBridge.Value) () -> figureInputs(engine));
        Dom.on(Window.current(), "beforeprint", e -> run(ShareBridge.PRINT_BOX, null));
        // printing from the browser's menu fires beforeprint; a print preview by media emulation does not
        whenPrintMedia(() -> run(ShareBridge.PRINT_BOX, null));
    }

    @SuppressWarnings("unchecked")
    private static Goal goal(String json) {
        return Goal.fromMap((Map<String, Object>) Json.parse(json));
    }

    private static JSObject figureInputs(EngineClient engine) {
        JSObject inputs = Js.object();
        Frame frame = engine.pictureFrame();
        Points points = engine.points();
        if (frame != null) Js.set(inputs, ShareBridge.FIGURE_FRAME, frame.message);
        if (points != null) {
            Js.set(inputs, ShareBridge.FIGURE_POINTS, points.message);
            Js.set(inputs, ShareBridge.FIGURE_CLASSES, points.classes);
        }
        Js.set(inputs, ShareBridge.FIGURE_HISTORY, engine.history().toMessage());
        return inputs;
    }

    /**
     * Does {@code tool} (a {@link ShareBridge} tool name) once the bundle is there; {@code button}
     * (the one pressed, or null) shows a slow load. Presses while it loads are ignored.
     */
    void run(String tool, HTMLElement button) {
        if (exports != null) {
            open(exports, tool, bridge);
            return;
        }
        if (loading) return;
        loading = true;
        int slow = button == null ? 0 : Window.setTimeout(() -> busy(button, true), QUIET_MS);
        Bundles.load(NAME, loaded -> {
            loading = false;
            Window.clearTimeout(slow);
            if (button != null) busy(button, false);
            exports = loaded;
            notice.dismiss(LOAD_FAILED);
            open(exports, tool, bridge);
        }, message -> {
            loading = false;
            Window.clearTimeout(slow);
            if (button != null) busy(button, false);
            notice.show(LOAD_FAILED, message);
        });
    }

    /** The button's label stays; "Loading…" shows after it (css/sharing.css) and is announced. */
    private void busy(HTMLElement button, boolean on) {
        if (on) {
            button.setAttribute("aria-busy", "true");
            button.setAttribute("data-loading", i18n.t("share.loading"));
        } else {
            button.removeAttribute("aria-busy");
            button.removeAttribute("data-loading");
        }
    }

    // A functor becomes a JavaScript function only where it is passed as its own type: one setter per type.

    @JSBody(params = {"bridge", "name", "f"}, script = "bridge[name] = f;")
    private static native void put(JSObject bridge, String name, ShareBridge.Text f);

    @JSBody(params = {"bridge", "name", "f"}, script = "bridge[name] = f;")
    private static native void put(JSObject bridge, String name, I18n.Loaded f);

    @JSBody(params = {"bridge", "name", "f"}, script = "bridge[name] = f;")
    private static native void put(JSObject bridge, String name, ShareBridge.Whole f);

    @JSBody(params = {"bridge", "name", "f"}, script = "bridge[name] = f;")
    private static native void put(JSObject bridge, String name, ShareBridge.Value f);

    @JSBody(params = {"bridge", "name", "f"}, script = "bridge[name] = f;")
    private static native void put(JSObject bridge, String name, ShareBridge.Take f);

    @JSBody(params = {"bridge", "name", "f"}, script = "bridge[name] = f;")
    private static native void put(JSObject bridge, String name, ShareBridge.TakeTwo f);

    @JSBody(params = {"bridge", "name", "f"}, script = "bridge[name] = f;")
    private static native void put(JSObject bridge, String name, ShareBridge.Ask f);

    @JSBody(params = {"bridge", "name", "f"}, script = "bridge[name] = f;")
    private static native void put(JSObject bridge, String name, ShareBridge.Saved f);

    /** Calls a function the share bundle handed over. */
    @JSBody(params = {"f", "text"}, script = "f(text);")
    private static native void give(JSObject f, String text);

    @JSBody(params = {"exports", "tool", "bridge"}, script = "exports.open(tool, bridge);")
    private static native void open(JSObject exports, String tool, JSObject bridge);

    @JSBody(params = "callback", script = "matchMedia('print').addEventListener('change',"
            + " mediaChange => { if (mediaChange.matches) callback(); });")
    private static native void whenPrintMedia(ShareBridge.Action callback);
}
