package playground.client.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * English or 简体中文: first from {@code ?lang=}, then the reader's last choice, then the
 * browser's language (the same rule as startingLanguage in web/js/loader.js, which picks the one
 * translation the playground page fetches). Each language is named in itself, so either reader
 * finds their own.
 */
public final class LanguageSwitch {
    private static final String KEY = "lang";

    /** The language to start in. */
    public static String initial() {
        String chosen = Storage.query(KEY);
        if (chosen == null) chosen = Storage.get(KEY);
        if (chosen == null) chosen = browserLanguage();
        return chosen != null && chosen.toLowerCase().startsWith("zh") ? I18n.ZH : I18n.EN;
    }

    public LanguageSwitch(HTMLElement parent, I18n i18n) {
        HTMLElement field = Dom.el(parent, "div", "pref");
        HTMLElement label = Dom.text(field, "label", "visually-hidden", "prefs.language");
        HTMLSelectElement select = Dom.select(field, "language");
        label.setAttribute("for", select.getId());
        Dom.option(select, I18n.EN, null).setTextContent("English");
        Dom.option(select, I18n.ZH, null).setTextContent("简体中文");
        select.setValue(i18n.language());
        Dom.on(select, "change", e -> {
            String chosen = I18n.ZH.equals(select.getValue()) ? I18n.ZH : I18n.EN;
            Storage.put(KEY, chosen);
            i18n.setLanguage(chosen, () -> select.setValue(i18n.language()));
        });
    }

    @JSBody(script = "return navigator.language || null;")
    private static native String browserLanguage();
}
