package playground.client.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;
import playground.core.Json;

/**
 * The page's words in English and Simplified Chinese ({@code web/i18n/en.json}, {@code zh.json};
 * the same keys in both). Static text carries {@code data-i18n="key"} (or {@code data-i18n-aria},
 * {@code -title}, {@code -placeholder} for attributes) and is rewritten by {@link #apply};
 * panels that write text themselves listen for a change of language.
 */
public final class I18n {
    public static final String EN = "en";
    public static final String ZH = "zh";

    private final Map<String, Object> en;
    private final Map<String, Object> zh;
    /** The texts as given, for another bundle that needs the same words (the share tools). */
    private final String enJson;
    private final String zhJson;
    private String language;
    private final List<Runnable> listeners = new ArrayList<>();

    @SuppressWarnings("unchecked")
    public I18n(String enJson, String zhJson, String language) {
        this.en = (Map<String, Object>) Json.parse(enJson);
        this.zh = (Map<String, Object>) Json.parse(zhJson);
        this.enJson = enJson;
        this.zhJson = zhJson;
        this.language = ZH.equals(language) ? ZH : EN;
    }

    public String language() {
        return language;
    }

    /** The language code for the document and number formatting. */
    public String locale() {
        return ZH.equals(language) ? "zh-CN" : "en";
    }

    public void setLanguage(String next) {
        String lang = ZH.equals(next) ? ZH : EN;
        if (lang.equals(language)) return;
        language = lang;
        apply(HTMLDocument.current().getDocumentElement());
        for (Runnable r : listeners) r.run();
    }

    /**
     * Takes on the language the page's own I18n switched to, for the texts of a bundle loaded on
     * demand: the page has rewritten the document already (from the same texts), so only this
     * one's listeners run.
     */
    public void follow(String next) {
        String lang = ZH.equals(next) ? ZH : EN;
        if (lang.equals(language)) return;
        language = lang;
        for (Runnable r : listeners) r.run();
    }

    /** The texts of {@code lang} as given (JSON). */
    public String json(String lang) {
        return ZH.equals(lang) ? zhJson : enJson;
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** The text of {@code key}; a missing key shows as itself in brackets, which a test catches. */
    public String t(String key) {
        Object text = (ZH.equals(language) ? zh : en).get(key);
        return text instanceof String ? (String) text : "[" + key + "]";
    }

    /** The text of {@code key} with {0}, {1}, … replaced by the arguments. */
    public String t(String key, Object... args) {
        String text = t(key);
        for (int i = 0; i < args.length; i++) text = text.replace("{" + i + "}", String.valueOf(args[i]));
        return text;
    }

    public boolean has(String key) {
        return en.containsKey(key);
    }

    /**
     * Rewrites every marked element under {@code root}, and the document's language; and, when
     * {@code root} is the whole document, its title (a part being rebuilt leaves the title alone:
     * a saved experiment's page shows the experiment's title).
     */
    public void apply(HTMLElement root) {
        HTMLDocument.current().getDocumentElement().setAttribute("lang", locale());
        if (root == HTMLDocument.current().getDocumentElement()) HTMLDocument.current().setTitle(t("page.title"));
        rewrite(root, "data-i18n", null);
        rewrite(root, "data-i18n-aria", "aria-label");
        rewrite(root, "data-i18n-title", "title");
        rewrite(root, "data-i18n-placeholder", "placeholder");
    }

    private void rewrite(HTMLElement root, String marker, String attribute) {
        NodeList<? extends HTMLElement> marked = root.querySelectorAll("[" + marker + "]");
        for (int i = 0; i < marked.getLength(); i++) {
            HTMLElement e = marked.get(i);
            String text = t(e.getAttribute(marker));
            if (attribute == null) {
                e.setTextContent(text);
            } else {
                e.setAttribute(attribute, text);
            }
        }
    }
}
