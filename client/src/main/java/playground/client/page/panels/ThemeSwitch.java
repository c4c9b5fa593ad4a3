package playground.client.page.panels;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import playground.client.page.PageState;
import playground.client.ui.Dom;
import playground.client.ui.PaletteSource;
import playground.client.ui.Storage;
import playground.client.ui.Theme;
import playground.picture.Palette;

/**
 * The playground's colour preferences: the site's {@link Theme} menu, and the colour-blind-safe
 * palette, which is part of the experiment's view options (so a shared link keeps it).
 */
public final class ThemeSwitch implements PaletteSource {
    private final PageState state;
    private final Theme theme;
    private final List<Runnable> listeners = new ArrayList<>();

    public ThemeSwitch(HTMLElement parent, PageState state) {
        this.state = state;
        theme = new Theme(Storage.query("theme"));
        theme.addMenu(parent);
        theme.onChange(this::notifyListeners);

        HTMLInputElement colorblind = Dom.checkbox(parent, "pref", "prefs.colorblind");
        colorblind.setAttribute("data-control", "colorblind");
        Dom.on(colorblind, "change", e ->
                state.setView(state.view().withColorblind(colorblind.isChecked()), PageState.Push.PUSH));
        state.listen((c, v) -> {
            colorblind.setChecked(state.view().colorblind);
            if (v.colorblind != state.view().colorblind) notifyListeners();
        });
        colorblind.setChecked(state.view().colorblind);
    }

    /** Called whenever the effective theme or the palette may have changed. */
    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** The colours to paint with now. */
    @Override
    public Palette palette() {
        return Palette.of(state.view().colorblind, dark());
    }

    public boolean dark() {
        return theme.dark();
    }

    private void notifyListeners() {
        for (Runnable r : listeners) r.run();
    }
}
