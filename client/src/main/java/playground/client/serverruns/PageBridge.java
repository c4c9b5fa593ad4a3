package playground.client.serverruns;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * All the room asks of the playground page, as one plain JavaScript object the page's bundle builds
 * ({@link ServerRuns}) and hands to this bundle ({@link ServerRunsMain#start}): the two bundles
 * share no Java objects. Read here, in the room's bundle, as a JavaScript object of functions.
 */
interface PageBridge extends JSObject {
    /** The page's experiment now, as its configuration's JSON (what a run starts from). */
    String config();

    /** The page's language now ("en" or "zh"). */
    String language();

    /** The texts of {@code language} the page has loaded (web/i18n/{language}.json), or null. */
    String texts(String language);

    /** Whether the page is drawn dark; with {@link #colorblind}, the palette the room paints with. */
    boolean dark();

    /** Whether the page shows the colour-blind palette. */
    boolean colorblind();

    /** Opens a trial's snapshot in the playground (with a notice naming it by {@code description}). */
    void restore(String snapshotJson, String description);

    /** Shows the page's notice: the text of {@code key}, then {@code detail}. */
    void notice(String key, String detail);

    /** Tells {@code listener} whenever the language, the theme or the colour-blind choice changes. */
    void onChange(Changed listener);

    @JSFunctor
    interface Changed extends JSObject {
        void changed();
    }
}
