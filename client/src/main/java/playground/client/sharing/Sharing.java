package playground.client.sharing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Experiment;
import playground.client.ui.Dom;
import playground.client.ui.EmbedFrame;
import playground.client.ui.EmbedOptions;
import playground.client.ui.HostKeys;
import playground.client.ui.I18n;
import playground.client.ui.Notice;
import playground.client.ui.PageMode;
import playground.client.ui.Storage;
import playground.config.ConfigException;
import playground.config.HashCodec;
import playground.config.Limits;
import playground.config.Schema;
import playground.config.ViewOptions;

/**
 * Saving, sharing, embedding and challenges (docs/sharing.md) on the playground page. In two steps:
 * {@link #prepare} runs before the page reads its address and puts into the hash what the page
 * must open with — a saved experiment's configuration and goal ({@code /e/{id}}), an embed's
 * hidden and locked controls — so that the page state takes it in like any link; {@link #install}
 * runs when the page is built and adds the experiment card, the goal, the buttons of the save,
 * "my experiments" and embed-code dialogs (which the share bundle holds: {@link ShareBundle}), or,
 * in an embed, the embed's behaviour.
 */
public final class Sharing {
    private GoalPanel goalPanel;
    private final boolean staticSite;
    private final boolean embed;
    private final EmbedOptions embedOptions;
    /** The experiment this page shows (from the server's block, or the last save), or null. */
    private SavedExperiment current;
    /** Whether the page opened exactly as {@link #current} was saved: then its trained state is restored. */
    private final boolean openedAsSaved;
    private final OwnedExperiments owned = new OwnedExperiments();
    private final List<Runnable> listeners = new ArrayList<>();
    private I18n i18n;
    /** The save, "my experiments" and embed-code dialogs and the figure, loaded on demand. */
    private ShareBundle tools;
    private final List<Runnable> goalReachedListeners = new ArrayList<>();
    private final List<SaveListener> saveListeners = new ArrayList<>();
    private HTMLElement saveExtras;

    private Sharing(boolean staticSite, boolean embed, EmbedOptions embedOptions, SavedExperiment current,
            boolean openedAsSaved) {
        this.staticSite = staticSite;
        this.embed = embed;
        this.embedOptions = embedOptions;
        this.current = current;
        this.openedAsSaved = openedAsSaved;
    }

    /** Reads the page's experiment and embed options and writes what they set into the hash. */
    public static Sharing prepare(Notice notice) {
        PageMode.siteRoot();  // remembered before any change of address
        boolean embed = PageMode.isEmbed();
        EmbedOptions options = EmbedOptions.defaults(Schema.CONTROLS);
        if (embed) {
            try {
                options = EmbedOptions.read(Storage::query, Schema.CONTROLS);
            } catch (ConfigException e) {
                notice.show("embed.badOptions", e.getMessage());
            }
            EmbedMode.markPage(options);
        }
        SavedExperiment experiment = null;
        String block = SavedExperiment.jsonOnPage();
        if (block != null) {
            try {
                experiment = SavedExperiment.fromJson(block);
            } catch (RuntimeException e) {
                notice.show("experiment.unreadable", e.getMessage());
            }
        }

        HashCodec.Decoded linked = null;
        String hash = PageMode.hash();
        if (embed || experiment != null) {
            // What a host added (WordPress's #?secret=…, keys of its own) is not a configuration.
            EmbedFrame.readHostSecret();
            String ours = HostKeys.ours(hash);
            hash = ours.isEmpty() ? "" : "#" + ours;
        }
        if (hash.length() > 1) {
            try {
                linked = HashCodec.decode(hash, Limits.BROWSER);
            } catch (ConfigException e) {
                linked = null;  // the page state reports it when it reads the same hash
            }
        }
        // A link with its own configuration (the reader changed something, then reloaded) wins;
        // otherwise the page opens as the experiment was saved, trained state and all.
        boolean asSaved = experiment != null && (hash.length() <= 1
                || (linked != null && linked.config().equals(experiment.config)));
        if (asSaved) {
            ViewOptions view = linked != null ? linked.view() : ViewOptions.DEFAULT;
            if (view.goal == null) view = view.withGoal(experiment.goal);
            linked = new HashCodec.Decoded(experiment.config, view);
        }
        if (embed && linked == null && hash.length() <= 1) {
            linked = HashCodec.decode("", Limits.BROWSER);
        }
        if (linked != null && (asSaved || embed)) {
            ViewOptions view = linked.view();
            if (embed) {
                view = view.withHidden(union(view.hidden, options.hidden)).withLocked(union(view.locked, options.locked));
            }
            PageMode.replaceHash(HashCodec.encode(linked.config(), view));
        }
        return new Sharing(PageMode.isStatic(), embed, options, experiment, asSaved);
    }

    /** Whether the page reads its hash as embeds and saved experiments do, ignoring what a host added. */
    public boolean isEmbed() {
        return embed;
    }

    public boolean ignoresHostKeys() {
        return embed || current != null;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The challenge card, after {@link #install}: {@link GoalPanel#onGoalMet} tells when a run
     * meets the goal, {@link GoalPanel#progress} which tasks and parts are met and when.
     */
    public GoalPanel goalPanel() {
        return goalPanel;
    }

    /** Builds the sharing parts of the page; {@code prefs} is the header's tool area. */
    public void install(Experiment state, EngineClient engine, I18n i18n, Notice notice, HTMLElement prefs) {
        this.i18n = i18n;
        if (current != null && openedAsSaved && current.stateJson != null) {
            engine.restore(current.stateJson, message -> notice.show("experiment.stateUnusable", message));
        }

        HTMLElement section = Dom.byId("sharing");
        HTMLElement cards = Dom.el(section, "div", "sharing-cards");
        if (!embed) new ExperimentCard(cards, this, i18n, notice);
        goalPanel = new GoalPanel(cards, state, engine, i18n);
        goalPanel.onReached(() -> goalReachedListeners.forEach(Runnable::run));

        if (!embed && !staticSite) saveExtras = Dom.el("div", "save-extras");
        tools = new ShareBundle(this, state, engine, i18n, notice, section, saveExtras);
        if (embed) {
            new EmbedMode(embedOptions, state, engine, this, i18n).start();
        } else {
            HTMLElement bar = Dom.el(prefs, "div", "share-tools");
            bar.setId("share-tools");
            if (!staticSite) {
                toolButton(bar, "primary", "share.save", ShareBridge.SAVE).setId("save-open");
                toolButton(bar, null, "share.mine", ShareBridge.MINE).setId("mine-open");
            }
            toolButton(bar, null, "share.embed", ShareBridge.EMBED).setId("embed-open");
        }
        i18n.apply(section);
        if (!embed) i18n.apply(prefs);
        changed();
        i18n.onChange(this::showTitle);
    }

    private HTMLButtonElement toolButton(HTMLElement parent, String className, String key, String tool) {
        HTMLButtonElement[] button = new HTMLButtonElement[1];
        button[0] = Dom.button(parent, className, key, () -> tools.run(tool, button[0]));
        return button[0];
    }

    // ---------------------------------------------------------------- what other rooms build on

    /**
     * The figure's buttons (the export panel's): {@code "png"}, {@code "svg"} or {@code "print"},
     * done by the share bundle once it is loaded; {@code button} is the one pressed.
     */
    public void figure(String action, HTMLElement button) {
        String tool = "png".equals(action) ? ShareBridge.FIGURE_PNG : "svg".equals(action) ? ShareBridge.FIGURE_SVG
                : ShareBridge.PRINT;
        tools.run(tool, button);
    }

    /** Hears a save: the experiment's id, this browser's edit token for it, whether it carries a goal. */
    public interface SaveListener {
        void saved(String id, String editToken, boolean challenge);
    }

    /** Hears every successful save of the save dialog. */
    public void onSaved(SaveListener listener) {
        saveListeners.add(listener);
    }

    /** Hears when the challenge's goal is first reached in a run: once per run, not every frame. */
    public void onGoalReached(Runnable listener) {
        goalReachedListeners.add(listener);
    }

    /** Where the save dialog's result has room for more (under the short link), or null without the dialog. */
    public HTMLElement saveExtras() {
        return saveExtras;
    }

    /** The id of the experiment this page shows, or null. */
    public String experimentId() {
        return current == null ? null : current.id;
    }

    /** The title of the experiment this page shows, or null. */
    public String experimentTitle() {
        return current == null ? null : current.shownTitle();
    }

    // ---------------------------------------------------------------- what the parts share

    void saved(String id, boolean challenge) {
        String token = owned.token(id);
        for (SaveListener l : saveListeners) l.saved(id, token, challenge);
    }

    SavedExperiment current() {
        return current;
    }

    /** A new or changed experiment is now the page's (null: none, e.g. after deleting it). */
    void setCurrent(SavedExperiment experiment) {
        current = experiment;
        changed();
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        for (Runnable r : listeners) r.run();
        showTitle();
    }

    OwnedExperiments owned() {
        return owned;
    }

    /** The edit token this browser holds for the current experiment, or null. */
    String currentToken() {
        return current == null ? null : owned.token(current.id);
    }

    boolean staticSite() {
        return staticSite;
    }

    /** Opens the save dialog to change the current experiment ({@code button}: the one pressed). */
    void edit(HTMLElement button) {
        if (!staticSite) tools.run(ShareBridge.SAVE, button);
    }

    /**
     * The document's title: the experiment's own, as the server wrote it into the page, when it has
     * one; else the page's (which the translations set on every change of language).
     */
    private void showTitle() {
        if (i18n == null) return;
        String title = current == null ? null : current.shownTitle();
        Dom.doc().setTitle(title == null ? i18n.t("page.title") : title);
    }
}
