package playground.client.page;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import playground.client.ui.Dom;
import playground.client.ui.Palette;
import playground.client.ui.Storage;

/**
 * Light, dark, or as the system says ({@code prefers-color-scheme}); and the colour-blind-safe
 * palette, which is part of the experiment's view options (so a shared link keeps it). The
 * theme is set as {@code data-theme} on the document; the CSS does the rest.
 */
public final class ThemeSwitch {
    private static final String KEY = "theme";
    static final String AUTO = "auto";

    private final PageState state;
    private final HTMLInputElement colorblind;
    private String theme;
    private final java.util.List<Runnable> listeners = new java.util.ArrayList<>();

    ThemeSwitch(HTMLElement parent, PageState state) {
        this.state = state;
        String chosen = Storage.query(KEY);
        if (chosen == null) chosen = Storage.get(KEY);
        theme = "light".equals(chosen) || "dark".equals(chosen) ? chosen : AUTO;

        HTMLElement field = Dom.el(parent, "div", "pref");
        HTMLElement label = Dom.text(field, "label", "visually-hidden", "prefs.theme");
        HTMLSelectElement select = Dom.select(field, "theme");
        label.setAttribute("for", select.getId());
        Dom.option(select, AUTO, "prefs.themeAuto");
        Dom.option(select, "light", "prefs.themeLight");
        Dom.option(select, "dark", "prefs.themeDark");
        select.setValue(theme);
        Dom.on(select, "change", e -> {
            theme = select.getValue();
            Storage.put(KEY, theme);
            apply();
        });

        colorblind = Dom.checkbox(parent, "pref", "prefs.colorblind");
        colorblind.setAttribute("data-control", "colorblind");
        Dom.on(colorblind, "change", e ->
                state.setView(state.view().withColorblind(colorblind.isChecked()), PageState.Push.PUSH));
        state.listen((c, v) -> {
            colorblind.setChecked(state.view().colorblind);
            if (v.colorblind != state.view().colorblind) notifyListeners();
        });
        colorblind.setChecked(state.view().colorblind);
        watchSystem(this::apply);
        apply();
    }

    /** Called whenever the effective theme or the palette may have changed. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** The colours to paint with now. */
    Palette palette() {
        return Palette.of(state.view().colorblind, dark());
    }

    private void notifyListeners() {
        for (Runnable r : listeners) r.run();
    }

    public boolean dark() {
        return "dark".equals(theme) || (AUTO.equals(theme) && systemDark());
    }

    private void apply() {
        HTMLElement root = Dom.doc().getDocumentElement();
        if (AUTO.equals(theme)) {
            root.removeAttribute("data-theme");
        } else {
            root.setAttribute("data-theme", theme);
        }
        Dom.toggleClass(root, "dark", dark());
        notifyListeners();
    }

    @JSBody(script = "return window.matchMedia('(prefers-color-scheme: dark)').matches;")
    public static native boolean systemDark();

    @JSFunctor
    public interface Callback extends JSObject {
        void run();
    }

    @JSBody(params = "callback", script = "window.matchMedia('(prefers-color-scheme: dark)')"
            + ".addEventListener('change', () => callback());")
    public static native void watchSystem(Callback callback);
}
