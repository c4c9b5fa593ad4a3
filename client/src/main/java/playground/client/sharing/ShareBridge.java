package playground.client.sharing;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The one door between the page's bundle and the share bundle (the save, "my experiments" and
 * embed-code dialogs, the figure): a plain JavaScript object the page builds ({@link ShareBundle})
 * and the share bundle reads ({@link SharePage}). The bundles share no Java objects, so every
 * member is a JavaScript value: a string, an element, or a function. The names, written once:
 */
final class ShareBridge {
    private ShareBridge() {}

    /** (language) → the texts of that language the page has loaded (web/i18n/{language}.json), or null. */
    static final String TEXTS = "texts";
    /** () → the reader's language now. */
    static final String LANGUAGE = "language";
    /** (listener(language)): told when the reader changes the language (the page has rewritten the document). */
    static final String ON_LANGUAGE = "onLanguage";
    /** () → the page's configuration and view options, as the URL hash writes them. */
    static final String HASH = "hash";
    /** () → the page's address with that hash. */
    static final String LINK = "link";
    /** (goal JSON or null): the page's goal becomes this one (the save dialog's goal fields). */
    static final String SET_GOAL = "setGoal";
    /** () → the epoch of the worker's last frame (0 before any). */
    static final String EPOCH = "epoch";
    /** (done(snapshot JSON or null)): the worker's trained state, as a saved experiment stores it. */
    static final String SNAPSHOT = "snapshot";
    /** () → the saved experiment the page shows (the API's JSON), or null. */
    static final String CURRENT = "current";
    /** (experiment JSON or null): the page now shows this saved experiment (just saved), or none (deleted). */
    static final String SET_CURRENT = "setCurrent";
    /** (id, challenge): a save succeeded; the page tells its listeners (the classroom's offer). */
    static final String SAVED = "saved";
    /** (key, detail or null): the page's notice line shows the translated key. */
    static final String NOTICE = "notice";
    /** The element the dialogs go into. */
    static final String SECTION = "section";
    /** The element the save dialog shows under the short link (the classroom's), or absent. */
    static final String SAVE_EXTRAS = "saveExtras";
    /** Whether the page is a static copy of the site (no server to save to). */
    static final String STATIC_SITE = "staticSite";
    /** () → what the figure draws: {frame, points (worker messages or null), history (the same form)}. */
    static final String FIGURE = "figure";
    static final String FIGURE_FRAME = "frame";
    static final String FIGURE_POINTS = "points";
    static final String FIGURE_CLASSES = "classes";
    static final String FIGURE_HISTORY = "history";

    /** What the share bundle's one export, {@code open(tool, bridge)}, is asked to do. */
    static final String SAVE = "save";
    static final String MINE = "mine";
    static final String EMBED = "embed";
    static final String FIGURE_PNG = "figure-png";
    static final String FIGURE_SVG = "figure-svg";
    /** Fills the print box and opens the browser's print dialog. */
    static final String PRINT = "print";
    /** Fills the print box only (printing from the browser's menu). */
    static final String PRINT_BOX = "print-box";

    @JSFunctor
    interface Action extends JSObject {
        void run();
    }

    @JSFunctor
    interface Text extends JSObject {
        String get();
    }

    @JSFunctor
    interface Whole extends JSObject {
        int get();
    }

    @JSFunctor
    interface Value extends JSObject {
        JSObject get();
    }

    @JSFunctor
    interface Take extends JSObject {
        void take(String text);
    }

    @JSFunctor
    interface TakeTwo extends JSObject {
        void take(String first, String second);
    }

    /** Takes a function of the other bundle ({@link Take}'s shape), as the plain JavaScript value it is. */
    @JSFunctor
    interface Ask extends JSObject {
        void ask(JSObject answer);
    }

    @JSFunctor
    interface Saved extends JSObject {
        void saved(String id, boolean challenge);
    }
}
