package playground.client.sharing;

import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.Frame;
import playground.client.engine.Points;
import playground.client.engine.TrainingHistory;
import playground.client.figure.Figure;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.config.Config;
import playground.config.Goal;
import playground.config.HashCodec;
import playground.config.Limits;
import playground.config.ViewOptions;
import playground.core.Json;

/**
 * The page as the share bundle sees it: the {@link ShareBridge} object the page built, read
 * into the core's and the engine's types. Its own {@link I18n} has the page's words and follows
 * the page's language.
 */
final class SharePage {
    private final JSObject bridge;
    final I18n i18n;
    /** The last experiment read, and its JSON: the embed generator asks on every keystroke. */
    private SavedExperiment current;
    private String currentJson;

    SharePage(JSObject bridge) {
        this.bridge = bridge;
        i18n = I18n.following(text(ShareBridge.LANGUAGE), texts(bridge));
        ShareBridge.Take follow = i18n::follow;
        call(bridge, ShareBridge.ON_LANGUAGE, follow);
    }

    /** The page's configuration and view options now. */
    HashCodec.Decoded experiment() {
        return HashCodec.decode("#" + text(ShareBridge.HASH), Limits.BROWSER);
    }

    Config config() {
        return experiment().config();
    }

    ViewOptions view() {
        return experiment().view();
    }

    String link() {
        return text(ShareBridge.LINK);
    }

    void setGoal(Goal goal) {
        call(bridge, ShareBridge.SET_GOAL, goal == null ? null : Json.write(goal.toMap()));
    }

    /** The epoch of the worker's last frame, 0 before any. */
    int epoch() {
        return whole(bridge, ShareBridge.EPOCH);
    }

    /** The worker's trained state; {@code done} gets null when it gave none. */
    void capture(Consumer<ExperimentCapture> done) {
        ShareBridge.Take answer = json -> done.accept(json == null ? null : ExperimentCapture.of(json));
        call(bridge, ShareBridge.SNAPSHOT, answer);
    }

    /** The saved experiment the page shows, or null. */
    SavedExperiment current() {
        String json = text(ShareBridge.CURRENT);
        if (json == null || !json.equals(currentJson)) {
            current = json == null ? null : SavedExperiment.fromJson(json);
            currentJson = json;
        }
        return current;
    }

    void setCurrent(SavedExperiment experiment) {
        call(bridge, ShareBridge.SET_CURRENT, experiment == null ? null : experiment.json);
    }

    void saved(String id, boolean challenge) {
        saved(bridge, ShareBridge.SAVED, id, challenge);
    }

    void notice(String key, String detail) {
        call(bridge, ShareBridge.NOTICE, key, detail);
    }

    HTMLElement section() {
        return Js.get(bridge, ShareBridge.SECTION).cast();
    }

    /** The classroom's part of the save dialog's result, or null. */
    HTMLElement saveExtras() {
        return Js.has(bridge, ShareBridge.SAVE_EXTRAS) ? Js.get(bridge, ShareBridge.SAVE_EXTRAS).cast() : null;
    }

    boolean staticSite() {
        return Js.bool(bridge, ShareBridge.STATIC_SITE);
    }

    /** The figure of the experiment as the page shows it now. */
    Figure figure() {
        HashCodec.Decoded shown = experiment();
        JSObject inputs = value(bridge, ShareBridge.FIGURE);
        Frame frame = Js.has(inputs, ShareBridge.FIGURE_FRAME) ? new Frame(Js.get(inputs, ShareBridge.FIGURE_FRAME)) : null;
        Points points = Js.has(inputs, ShareBridge.FIGURE_POINTS) ? new Points(Js.get(inputs, ShareBridge.FIGURE_POINTS),
                Js.integer(inputs, ShareBridge.FIGURE_CLASSES)) : null;
        TrainingHistory history = TrainingHistory.of(Js.get(inputs, ShareBridge.FIGURE_HISTORY));
        return new Figure(shown.config(), shown.view(), frame, points, history, i18n);
    }

    private String text(String name) {
        return text(bridge, name);
    }

    @JSBody(params = {"bridge", "name"}, script = "const v = bridge[name](); return v === undefined || v === null ? null : v;")
    private static native String text(JSObject bridge, String name);

    @JSBody(params = "bridge", script = "return bridge." + ShareBridge.TEXTS + ";")
    private static native I18n.Loaded texts(JSObject bridge);

    @JSBody(params = {"bridge", "name"}, script = "return bridge[name]() | 0;")
    private static native int whole(JSObject bridge, String name);

    @JSBody(params = {"bridge", "name"}, script = "return bridge[name]();")
    private static native JSObject value(JSObject bridge, String name);

    @JSBody(params = {"bridge", "name", "argument"}, script = "bridge[name](argument);")
    private static native void call(JSObject bridge, String name, String argument);

    /** A functor becomes a JavaScript function only where it is passed as its own type. */
    @JSBody(params = {"bridge", "name", "callback"}, script = "bridge[name](callback);")
    private static native void call(JSObject bridge, String name, ShareBridge.Take callback);

    @JSBody(params = {"bridge", "name", "first", "second"}, script = "bridge[name](first, second);")
    private static native void call(JSObject bridge, String name, String first, String second);

    @JSBody(params = {"bridge", "name", "id", "challenge"}, script = "bridge[name](id, challenge);")
    private static native void saved(JSObject bridge, String name, String id, boolean challenge);
}
