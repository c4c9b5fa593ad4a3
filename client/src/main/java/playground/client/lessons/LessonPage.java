package playground.client.lessons;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.xml.NodeList;
import playground.client.ui.Dom;
import playground.client.ui.EmbedFrame;
import playground.client.ui.EmbedOptions;
import playground.client.ui.I18n;
import playground.client.ui.LanguageSwitch;
import playground.client.ui.Storage;
import playground.client.ui.Theme;
import playground.picture.Palette;

/**
 * What every lesson page and embed shares: the words ({@link I18n} with the lessons' bundles),
 * the theme, the embed options of the address, hiding and locking controls, pausing widgets that
 * are scrolled out of view, and telling an embedding page how tall the widget is.
 *
 * <p>An embed page marks its root element with {@code data-embed}: it has no site chrome and
 * posts {@code {type: 'nn-playground:resize', height}} to its parent whenever its height changes.
 */
public final class LessonPage {
    /** The CSS classes of a lesson's slider field. */
    static final String SLIDER_FIELD = "field slider lesson-slider";

    final I18n i18n;
    final EmbedOptions options;
    final boolean embed;
    private final Theme theme;
    private final List<Runnable> redrawListeners = new ArrayList<>();
    private boolean redrawPending;

    LessonPage(String en, String zh) {
        options = EmbedOptions.readForgiving(Storage::query);
        HTMLElement root = Dom.doc().getDocumentElement();
        embed = root.hasAttribute("data-embed");
        i18n = new I18n(en, zh, LanguageSwitch.initial());
        theme = new Theme(options.theme);
        theme.onChange(this::redraw);
        Dom.on(org.teavm.jso.browser.Window.current(), "resize", e -> resized());
        HTMLElement prefs = Dom.byId("prefs");
        if (prefs != null && !embed) {
            new LanguageSwitch(prefs, i18n);
            theme.addMenu(prefs);
        }
        i18n.onChange(this::applyTitle);
    }

    boolean dark() {
        return theme.dark();
    }

    Palette palette() {
        return Palette.of(false, dark());
    }

    /** Called when the widgets must draw again: the theme changed, or the window's size. */
    void onRedraw(Runnable listener) {
        redrawListeners.add(listener);
    }

    /** One redraw per frame however many resize events arrive. */
    private void resized() {
        if (redrawPending) return;
        redrawPending = true;
        org.teavm.jso.browser.Window.requestAnimationFrame(time -> {
            redrawPending = false;
            redraw();
        });
    }

    void onLanguageChange(Runnable listener) {
        i18n.onChange(listener);
    }

    private void redraw() {
        for (Runnable r : redrawListeners) r.run();
    }

    /** Translates the document and gives it the title its root names ({@code data-title-key}). */
    void translate() {
        i18n.apply(Dom.doc().getDocumentElement());
        applyTitle();
    }

    private void applyTitle() {
        String key = Dom.doc().getDocumentElement().getAttribute("data-title-key");
        if (key != null && i18n.has(key)) Dom.doc().setTitle(i18n.t(key));
    }

    /** Hides and locks the widget's controls that the address names. */
    void applyControlOptions(HTMLElement widget) {
        NodeList<? extends HTMLElement> controls = widget.querySelectorAll("[data-control]");
        for (int i = 0; i < controls.getLength(); i++) {
            HTMLElement control = controls.get(i);
            String name = control.getAttribute("data-control");
            if (options.hidden.contains(name)) control.getClassList().add("control-hidden");
            if (options.locked.contains(name)) lock(control);
        }
    }

    @JSBody(params = "e", script = "const all = [e, ...e.querySelectorAll('input, select, button, textarea')];"
            + "for (const c of all) if ('disabled' in c) c.disabled = true;"
            + "e.classList.add('control-locked'); e.setAttribute('aria-disabled', 'true');")
    private static native void lock(HTMLElement control);

    /** Calls {@code listener} with true when the element comes into view and false when it leaves. */
    void watchVisibility(HTMLElement element, Visibility listener) {
        observeVisibility(element, listener);
    }

    @JSFunctor
    interface Visibility extends JSObject {
        void changed(boolean visible);
    }

    @JSBody(params = {"element", "listener"}, script = "if (!('IntersectionObserver' in window)) return;"
            + "new IntersectionObserver(entries => { for (const e of entries) listener(e.isIntersecting); })"
            + ".observe(element);")
    private static native void observeVisibility(HTMLElement element, Visibility listener);

    /**
     * In an embed: fixes the height if the address asks for one, and reports the content's height
     * to the parent page now, on load and whenever it changes.
     */
    void startEmbed(HTMLElement content) {
        if (!embed) return;
        if (options.height > 0) {
            content.getStyle().setProperty("height", options.height + "px");
            content.getStyle().setProperty("overflow", "auto");
        }
        EmbedFrame.reportHeight(content);
    }
}
