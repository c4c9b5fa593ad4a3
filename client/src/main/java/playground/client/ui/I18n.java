package playground.client.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;
import playground.core.Json;

/**
 * The page's words in English and Simplified Chinese ({@code web/i18n/en.json}, {@code zh.json};
 * the same keys in both). Static text carries {@code data-i18n="key"} (or {@code data-i18n-aria},
 * {@code -title}, {@code -placeholder} for attributes) and is rewritten by {@link #apply};
 * panels that write text themselves listen for a change of language. A page may start with one
 * language's texts and fetch the other's when the reader switches (the playground page does: a
 * first visit fetches one file).
 */
public final class I18n {
    public static final String EN = "en";
    public static final String ZH = "zh";

    /** Fetches web/i18n/{language}.json, then calls {@code done} with its text or {@code failed} with a message. */
    @JSFunctor
    public interface Fetch extends JSObject {
        void fetch(String language, Done done, Failed failed);
    }

    @JSFunctor
    public interface Done extends JSObject {
        void done(String json);
    }

    @JSFunctor
    public interface Failed extends JSObject {
        void failed(String message);
    }

    /**
     * The texts a page has loaded, by language ({@link #json}), as it hands them to a bundle it
     * loads on demand: null for a language not loaded yet.
     */
    @JSFunctor
    public interface Loaded extends JSObject {
        String json(String language);
    }

    /** The texts loaded so far, by language. */
    private final Map<String, Map<String, Object>> texts = new HashMap<>();
    /** The same texts as they came (JSON), for the bundles loaded on demand. */
    private final Map<String, String> sources = new HashMap<>();
    /** Fetches a language not loaded yet; null when both were given. */
    private final Fetch fetch;
    private String language;
    private final List<Runnable> listeners = new ArrayList<>();

    /** Both languages at once (web/i18n/en.json and zh.json), starting in {@code language}. */
    public I18n(String enJson, String zhJson, String language) {
        load(EN, enJson);
        load(ZH, zhJson);
        this.language = normalize(language);
        this.fetch = null;
    }

    /** One language's texts; the other is fetched with {@code fetch} when it is chosen. */
    public I18n(String language, String json, Fetch fetch) {
        this.language = normalize(language);
        load(this.language, json);
        this.fetch = fetch;
    }

    /**
     * The I18n of a bundle the page loads on demand: it starts in the page's language and follows
     * it ({@link #follow}), with the texts the page has loaded (a page loads a language before it
     * switches to it).
     */
    public static I18n following(String language, Loaded page) {
        return new I18n(language, page.json(language), (lang, done, failed) -> {
            String json = page.json(lang);
            if (json != null) {
                done.done(json);
            } else {
                failed.failed("the page has not loaded the " + lang + " texts");
            }
        });
    }

    private void load(String lang, String json) {
        texts.put(lang, parse(json));
        sources.put(lang, json);
    }

    /** The texts of {@code lang} as loaded (JSON), or null if they are not loaded yet. */
    public String json(String lang) {
        return sources.get(normalize(lang));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        return (Map<String, Object>) Json.parse(json);
    }

    private static String normalize(String language) {
        return ZH.equals(language) ? ZH : EN;
    }

    public String language() {
        return language;
    }

    /** The language code for the document and number formatting. */
    public String locale() {
        return ZH.equals(language) ? "zh-CN" : "en";
    }

    /**
     * Switches to {@code next}, at once when its texts are loaded, else once they are fetched;
     * {@code failed} hears why they could not be.
     */
    public void setLanguage(String next, Runnable failed) {
        String lang = normalize(next);
        if (texts.containsKey(lang)) {
            switchTo(lang);
            return;
        }
        fetch.fetch(lang, json -> {
            load(lang, json);
            switchTo(lang);
        }, message -> {
            Js.warn("the " + lang + " texts could not be loaded: " + message);
            failed.run();
        });
    }

    private void switchTo(String lang) {
        if (lang.equals(language)) return;
        language = lang;
        apply(HTMLDocument.current().getDocumentElement());
        for (Runnable r : listeners) r.run();
    }

    /**
     * Takes on the language the page's own I18n switched to, for a bundle loaded on demand
     * ({@link #following}): the page has rewritten the document already, so only this one's
     * listeners run.
     */
    public void follow(String next) {
        String lang = normalize(next);
        if (lang.equals(language)) return;
        if (!texts.containsKey(lang)) {
            fetch.fetch(lang, json -> load(lang, json), message -> Js.warn(message));
            if (!texts.containsKey(lang)) return;
        }
        language = lang;
        for (Runnable r : listeners) r.run();
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** The text of {@code key}; a missing key shows as itself in brackets, which a test catches. */
    public String t(String key) {
        Object text = texts.get(language).get(key);
        return text instanceof String ? (String) text : "[" + key + "]";
    }

    /** The text of {@code key} with {0}, {1}, … replaced by the arguments. */
    public String t(String key, Object... args) {
        String text = t(key);
        for (int i = 0; i < args.length; i++) text = text.replace("{" + i + "}", String.valueOf(args[i]));
        return text;
    }

    public boolean has(String key) {
        return texts.get(language).containsKey(key);
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
