package playground.client.sharing;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Experiment;
import playground.client.ui.Dom;
import playground.client.ui.EmbedFrame;
import playground.client.ui.EmbedOptions;
import playground.client.ui.I18n;
import playground.client.ui.PageMode;
import playground.client.ui.ReducedMotion;
import playground.config.HashCodec;
import playground.config.ViewOptions;

/**
 * The playground as a widget in somebody else's page (docs/sharing.md): no site header or texts, only
 * the chosen panels ({@code <html class="embed panel-data …">}, the CSS does the hiding), hidden
 * and locked controls (put into the view options by {@link Sharing#prepare}), training started
 * at once when asked. It tells the page around it how tall it is
 * ({@link EmbedFrame}, the whole document, so the frame can shrink as well as grow; unless it has
 * a fixed height), and it pauses while scrolled out of sight, resuming when back. It needs
 * no storage, so it works in an iframe sandboxed with {@code allow-scripts} alone.
 */
final class EmbedMode {
    private final EmbedOptions options;
    private final Experiment state;
    private final EngineClient engine;
    private final Sharing sharing;
    private final I18n i18n;
    /** Paused because it left the screen (and so to be resumed when it comes back). */
    private boolean pausedOutOfSight;

    EmbedMode(EmbedOptions options, Experiment state, EngineClient engine, Sharing sharing, I18n i18n) {
        this.options = options;
        this.state = state;
        this.engine = engine;
        this.sharing = sharing;
        this.i18n = i18n;
    }

    /** Marks the document before the page is built, so the hidden parts never show. */
    static void markPage(EmbedOptions options) {
        HTMLElement root = Dom.doc().getDocumentElement();
        root.getClassList().add("embed");
        for (String panel : EmbedOptions.PANELS) Dom.toggleClass(root, "panel-" + panel, options.shows(panel));
        Dom.toggleClass(root, "fixed-height", options.height > 0);
    }

    void start() {
        moreButton();
        openLink();
        if (ReducedMotion.mayAutoplay(options.autoplay)) engine.play();
        if (options.height == 0) EmbedFrame.reportHeight(Dom.doc().getDocumentElement());
        watchVisibility(this::visible);
    }

    private void visible(boolean inSight) {
        if (!inSight && engine.playing()) {
            pausedOutOfSight = true;
            engine.pause();
        } else if (inSight && pausedOutOfSight) {
            pausedOutOfSight = false;
            engine.play();
        }
    }

    /**
     * "More": shows every panel of the playground (the settings, the data, the charts) that the
     * widget leaves out, and hides them again; only when it leaves something out.
     */
    private void moreButton() {
        boolean all = true;
        for (String panel : EmbedOptions.PANELS) all &= options.shows(panel);
        if (all) return;
        HTMLElement root = Dom.doc().getDocumentElement();
        HTMLElement button = Dom.el(Dom.byId("run-controls"), "button", "embed-more");
        button.setId("embed-more");
        button.setAttribute("type", "button");
        button.setAttribute("aria-expanded", "false");
        Runnable label = () -> button.setTextContent(i18n.t(root.getClassList().contains("show-all")
                ? "embed.less" : "embed.more"));
        Dom.on(button, "click", e -> {
            boolean open = !root.getClassList().contains("show-all");
            Dom.toggleClass(root, "show-all", open);
            button.setAttribute("aria-expanded", Boolean.toString(open));
            label.run();
        });
        i18n.onChange(label);
        label.run();
    }

    /** A small link to the full playground with this very experiment, for readers who want more. */
    private void openLink() {
        HTMLElement link = Dom.el(Dom.byId("run-controls"), "a", "embed-open-full");
        link.setId("embed-open-full");
        link.setAttribute("target", "_blank");
        link.setAttribute("rel", "noopener");
        link.setAttribute("data-i18n", "embed.openFull");
        link.setTextContent(i18n.t("embed.openFull"));
        Runnable update = () -> link.setAttribute("href", fullAddress());
        state.listen((c, v) -> update.run());
        sharing.onChange(update);
        update.run();
    }

    /** The saved experiment's short link while the widget shows it unchanged; otherwise the playground with its hash. */
    private String fullAddress() {
        SavedExperiment e = sharing.current();
        if (e != null && e.config.equals(state.config())) return PageMode.absolute(e.url);
        ViewOptions view = state.view().withHidden(java.util.Collections.<String>emptySet())
                .withLocked(java.util.Collections.<String>emptySet());
        String page = sharing.staticSite() ? PageMode.pageAddress() : PageMode.siteRoot();
        return page + "#" + HashCodec.encode(state.config(), view);
    }

    @JSFunctor
    interface Visibility extends JSObject {
        void changed(boolean inSight);
    }

    @JSBody(params = "callback", script = "if (!window.IntersectionObserver) return;"
            + "new IntersectionObserver(entries => callback(entries[entries.length - 1].isIntersecting))"
            + ".observe(document.documentElement);")
    private static native void watchVisibility(Visibility callback);
}
