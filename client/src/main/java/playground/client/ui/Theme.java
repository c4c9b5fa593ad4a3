package playground.client.ui;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Light, dark, or as the system says ({@code prefers-color-scheme}), for every page of the site:
 * set as {@code data-theme} (and the class {@code dark}) on the document, the CSS does the rest.
 * The reader's choice is remembered under one storage key, so the playground and the lessons
 * share it; an address's {@code theme=} wins over it.
 */
public final class Theme {
    private static final String KEY = "theme";
    public static final String AUTO = "auto";

    private String choice;
    private final List<Runnable> listeners = new ArrayList<>();

    /** {@code asked}: light or dark from the address, or null for the remembered choice. */
    public Theme(String asked) {
        String chosen = asked != null ? asked : Storage.get(KEY);
        choice = "light".equals(chosen) || "dark".equals(chosen) ? chosen : AUTO;
        watchSystem(this::apply);
        apply();
    }

    /** The theme menu (auto, light, dark); a choice made there is remembered. */
    public void addMenu(HTMLElement parent) {
        HTMLElement field = Dom.el(parent, "div", "pref");
        HTMLElement label = Dom.text(field, "label", "visually-hidden", "prefs.theme");
        HTMLSelectElement select = Dom.select(field, "theme");
        label.setAttribute("for", select.getId());
        Dom.option(select, AUTO, "prefs.themeAuto");
        Dom.option(select, "light", "prefs.themeLight");
        Dom.option(select, "dark", "prefs.themeDark");
        select.setValue(choice);
        Dom.on(select, "change", e -> {
            choice = select.getValue();
            Storage.put(KEY, choice);
            apply();
        });
    }

    /** Called whenever the effective theme may have changed (a choice, the system's setting). */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public boolean dark() {
        return "dark".equals(choice) || (AUTO.equals(choice) && systemDark());
    }

    private void apply() {
        HTMLElement root = Dom.doc().getDocumentElement();
        if (AUTO.equals(choice)) {
            root.removeAttribute("data-theme");
        } else {
            root.setAttribute("data-theme", choice);
        }
        Dom.toggleClass(root, "dark", dark());
        for (Runnable r : listeners) r.run();
    }

    @JSBody(script = "return window.matchMedia('(prefers-color-scheme: dark)').matches;")
    private static native boolean systemDark();

    @JSFunctor
    interface Callback extends JSObject {
        void run();
    }

    @JSBody(params = "callback", script = "window.matchMedia('(prefers-color-scheme: dark)')"
            + ".addEventListener('change', () => callback());")
    private static native void watchSystem(Callback callback);
}
