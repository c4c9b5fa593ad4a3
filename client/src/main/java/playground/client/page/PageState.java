package playground.client.page;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import playground.client.engine.Experiment;
import playground.client.ui.HostKeys;
import playground.client.ui.Js;
import playground.config.Config;
import playground.config.ConfigException;
import playground.config.HashCodec;
import playground.config.Limits;
import playground.config.ViewOptions;

/**
 * The one state of the page: the experiment's {@link Config}, the {@link ViewOptions} and, kept
 * in step with them, the URL hash. Panels read from here and change it through here; every
 * change is written to the hash ({@code pushState} for a discrete change, {@code replaceState}
 * while a slider is dragged) and reported to the listeners. Back, forward, reload and a pasted
 * link (ours or TensorFlow Playground's) come in through the same door.
 */
public final class PageState implements Experiment {
    /** How a change enters the browser's history. */
    public enum Push {
        /** A new history entry (a click, a choice). */
        PUSH,
        /** Rewrite the current entry. */
        REPLACE,
        /** Part of a gesture: the first change of a drag pushes, the rest replace, until {@link #endDrag}. */
        DRAG
    }

    private Config config = Config.defaults();
    private ViewOptions view = ViewOptions.DEFAULT;
    private boolean dragging;
    /** An embed adds no entries to its host page's history: every change rewrites the current one. */
    private boolean replaceOnly;
    /** An embed's or a saved experiment's page: what a host added to the hash is not read (ui.HostKeys). */
    private boolean ignoreHostKeys;
    private final List<Listener> listeners = new ArrayList<>();
    /** Reports a problem: {@code key} names the message to show, {@code detail} says what is wrong. */
    interface Errors {
        public void report(String key, String detail);
    }

    private Errors errors = (key, detail) -> Js.warn(key + ": " + detail);

    @Override
    public Config config() {
        return config;
    }

    @Override
    public ViewOptions view() {
        return view;
    }

    @Override
    public void listen(Listener listener) {
        listeners.add(listener);
    }

    /** Where messages go when a change or a link cannot be applied (the page's notice line). */
    void onError(Errors handler) {
        errors = handler;
    }

    /** Shows a problem the way a refused change is shown. */
    public void report(String key, String detail) {
        errors.report(key, detail);
    }

    /** From now on, keys a host added to the hash are left alone instead of reported (embeds, saved experiments). */
    void ignoreHostKeys() {
        ignoreHostKeys = true;
    }

    /** Reads the hash the page was opened with; listens for back, forward and edited hashes. */
    void start() {
        readHash(false);
        replaceHash(HashCodec.encode(config, view));
        Window.current().addEventListener("popstate", e -> readHash(true));
        Window.current().addEventListener("hashchange", e -> readHash(true));
    }

    private void readHash(boolean notify) {
        String hash = ignoreHostKeys ? HostKeys.ours(currentHash()) : currentHash();
        if (hash.isEmpty() || hash.equals("#")) hash = "";
        HashCodec.Decoded decoded;
        try {
            decoded = HashCodec.decode(hash, Limits.BROWSER);
        } catch (ConfigException e) {
            errors.report("error.link", e.getMessage());
            return;
        }
        if (notify) {
            set(decoded.config(), decoded.view(), null);
        } else {
            config = decoded.config();
            view = decoded.view();
        }
    }

    /** Changes one configuration key; a value the schema refuses is reported, not applied. */
    public boolean change(String key, Object value, Push how) {
        Config next;
        try {
            next = config.with(key, value);
        } catch (ConfigException e) {
            errors.report("error.config", e.getMessage());
            return false;
        }
        set(next, view, how);
        return true;
    }

    @Override
    public void adopt(Config config) {
        setConfig(config, Push.PUSH);
    }

    public void setConfig(Config next, Push how) {
        set(next, view, how);
    }

    public void setView(ViewOptions next, Push how) {
        set(config, next, how);
    }

    @Override
    public void rewriteView(ViewOptions next) {
        setView(next, Push.REPLACE);
    }

    /** Applies a new state; {@code how == null} means it came from the address bar (no history write). */
    void set(Config nextConfig, ViewOptions nextView, Push how) {
        if (nextConfig.equals(config) && nextView.equals(view)) return;
        Config oldConfig = config;
        ViewOptions oldView = view;
        config = nextConfig;
        view = nextView;
        if (how != null) writeHash(how);
        for (Listener l : new ArrayList<>(listeners)) l.changed(oldConfig, oldView);
    }

    /** From now on, changes rewrite the current history entry instead of adding one (embeds). */
    public void replaceOnly() {
        replaceOnly = true;
    }

    /** A slider was released: the next change starts a new history entry. */
    public void endDrag() {
        dragging = false;
    }

    private void writeHash(Push how) {
        String hash = HashCodec.encode(config, view);
        boolean push = !replaceOnly && (how == Push.PUSH || (how == Push.DRAG && !dragging));
        dragging = how == Push.DRAG;
        if (push) {
            pushHash(hash);
        } else {
            replaceHash(hash);
        }
    }

    /** The address of this exact experiment, for the copy-link button. */
    public String link() {
        return pageAddress() + "#" + HashCodec.encode(config, view);
    }

    @JSBody(script = "return location.hash;")
    private static native String currentHash();

    @JSBody(script = "return location.href.split('#')[0];")
    private static native String pageAddress();

    // Absolute addresses: '#…' alone would resolve against the document's base, which on the
    // server's /e/{id} and /embed/… pages is the site's root, and the path and query would be lost.
    @JSBody(params = "hash", script = "history.pushState(null, '', location.href.split('#')[0] + '#' + hash);")
    private static native void pushHash(String hash);

    @JSBody(params = "hash", script = "history.replaceState(null, '', location.href.split('#')[0] + '#' + hash);")
    private static native void replaceHash(String hash);
}
