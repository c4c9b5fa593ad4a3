package playground.client.sharing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;
import playground.client.ui.Dom;
import playground.client.ui.Downloads;
import playground.client.ui.EmbedOptions;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.client.ui.Modal;
import playground.client.ui.PageMode;
import playground.config.ConfigException;
import playground.config.HashCodec;
import playground.config.Schema;
import playground.config.ViewOptions;

/**
 * The embed-code generator (docs/sharing.md): the blogger chooses the panels (or a preset: compact,
 * with data, full; compact is the default), sees the widget's size in a live preview, the controls to hide and
 * to lock, autoplay, a height (or none: the widget then follows its content), language and
 * theme, and gets an iframe snippet (with the small script that lets the frame resize itself)
 * and, as an alternative, the script tag with an {@code <nn-playground>} element. The widget
 * shows the saved experiment when the page shows one unchanged, else this configuration through
 * the URL hash. The iframe is sandboxed: the widget needs scripts and nothing else (not from a
 * static copy, whose host may not send the CORS headers that a sandboxed frame's requests need).
 */
final class EmbedGenerator {
    /** Until the widget reports its height (or when the host page has no embed.js). */
    static final int INITIAL_HEIGHT = 640;
    static final String SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

    private final SharePage page;
    private final I18n i18n;
    private final HTMLElement dialog;
    private final Map<String, HTMLInputElement> panels = new LinkedHashMap<>();
    /** Each preset's button and its panels; a button is pressed while the panels are its preset's. */
    private final Map<HTMLElement, List<String>> presets = new LinkedHashMap<>();
    private final Map<String, HTMLInputElement> hidden = new LinkedHashMap<>();
    private final Map<String, HTMLInputElement> locked = new LinkedHashMap<>();
    private final HTMLElement hiddenCount;
    private final HTMLElement lockedCount;
    private final HTMLInputElement autoplay;
    private final HTMLInputElement height;
    private final HTMLSelectElement language;
    private final HTMLSelectElement theme;
    private final HTMLTextAreaElement iframeCode;
    private final HTMLTextAreaElement scriptCode;
    /** The experiment's page address, which WordPress, Ghost, Discourse and Notion turn into a widget. */
    private final HTMLTextAreaElement linkCode;
    /** Instead of the link, for an unsaved configuration: save first (the tools cannot see a hash). */
    private final HTMLElement linkUnsaved;
    private final HTMLTextAreaElement hugoCode;
    private final HTMLTextAreaElement jekyllCode;
    private final HTMLElement error;
    private final EmbedPreview preview;

    EmbedGenerator(SharePage page) {
        this.page = page;
        this.i18n = page.i18n;
        dialog = Dom.el(page.section(), "dialog", "share-dialog embed-dialog");
        dialog.setId("embed-dialog");
        dialog.setAttribute("aria-labelledby", "embed-heading");
        Dom.text(dialog, "h2", null, "embed.heading").setId("embed-heading");
        Dom.text(dialog, "p", "hint", "embed.hint");

        HTMLElement options = Dom.el(dialog, "div", "embed-options");
        HTMLElement presetBox = Dom.el(options, "fieldset", "embed-panels embed-presets");
        Dom.text(presetBox, "legend", null, "embed.presets");
        for (int i = 0; i < EmbedOptions.PRESETS.size(); i++) {
            List<String> preset = EmbedOptions.PRESETS.get(i);
            HTMLElement button = Dom.button(presetBox, null, "embed.preset." + EmbedOptions.PRESET_NAMES.get(i),
                    () -> choose(preset));
            button.setId("embed-preset-" + EmbedOptions.PRESET_NAMES.get(i));
            presets.put(button, preset);
        }
        HTMLElement panelBox = Dom.el(options, "fieldset", "embed-panels");
        Dom.text(panelBox, "legend", null, "embed.panels");
        for (String panel : EmbedOptions.PANELS) {
            HTMLInputElement box = Dom.checkbox(panelBox, null, "embed.panel." + panel);
            box.setId("embed-panel-" + panel);
            panels.put(panel, box);
        }

        HTMLElement settings = Dom.el(options, "div", "embed-settings");
        autoplay = Dom.checkbox(settings, null, "embed.autoplay");
        autoplay.setId("embed-autoplay");
        height = Dom.input(null, "text", "narrow");
        height.setId("embed-height");
        height.setAttribute("inputmode", "numeric");
        height.setAttribute("data-i18n-placeholder", "embed.heightAuto");
        Dom.field(settings, "embed.height", height);
        language = Dom.select(null, null);
        language.setId("embed-lang");
        Dom.option(language, "", "embed.languageReader");
        Dom.option(language, I18n.EN, null).setTextContent("English");
        Dom.option(language, I18n.ZH, null).setTextContent("简体中文");
        Dom.field(settings, "embed.language", language);
        theme = Dom.select(null, null);
        theme.setId("embed-theme");
        Dom.option(theme, "", "embed.themeReader");
        Dom.option(theme, "light", "embed.themeLight");
        Dom.option(theme, "dark", "embed.themeDark");
        Dom.field(settings, "embed.theme", theme);

        hiddenCount = controlList(dialog, "embed-hide", "embed.hidden", hidden);
        lockedCount = controlList(dialog, "embed-lock", "embed.locked", locked);

        preview = new EmbedPreview(dialog, i18n);
        error = Dom.el(dialog, "p", "error");
        error.setId("embed-error");
        error.setAttribute("role", "alert");
        HTMLElement code = Dom.el(dialog, "div", "embed-code");
        iframeCode = codeBox(code, "embed-iframe", "embed.iframeCode");
        scriptCode = codeBox(code, "embed-script", "embed.scriptCode");
        linkCode = codeBox(code, "embed-link", "embed.linkCode");
        linkCode.setAttribute("rows", "1");
        linkUnsaved = Dom.text(linkCode.getParentNode().cast(), "p", "hint", "embed.linkUnsaved");
        linkUnsaved.setId("embed-link-unsaved");
        hugoCode = codeBox(code, "embed-hugo", "embed.hugoCode");
        hugoCode.setAttribute("rows", "1");
        Dom.text(hugoCode.getParentNode().cast(), "p", "hint", "embed.hugoHint");
        jekyllCode = codeBox(code, "embed-jekyll", "embed.jekyllCode");
        jekyllCode.setAttribute("rows", "1");
        Dom.text(jekyllCode.getParentNode().cast(), "p", "hint", "embed.jekyllHint");

        HTMLElement buttons = Dom.el(dialog, "div", "dialog-buttons");
        Dom.button(buttons, null, "save.close", () -> Modal.close(dialog)).setId("embed-close");

        Dom.on(dialog, "change", e -> generate());
        Dom.on(dialog, "input", e -> generate());
        i18n.apply(dialog);
    }

    /** A folded list of every control (names from the schema, words from the translations). */
    private HTMLElement controlList(HTMLElement parent, String prefix, String key, Map<String, HTMLInputElement> boxes) {
        HTMLElement details = Dom.el(parent, "details", "control-list");
        details.setId(prefix + "-list");
        HTMLElement summary = Dom.el(details, "summary", null);
        Dom.text(summary, "span", null, key);
        HTMLElement count = Dom.el(summary, "span", "count");
        HTMLElement grid = Dom.el(details, "div", "control-grid");
        for (String control : Schema.CONTROLS) {
            HTMLInputElement box = Dom.checkbox(grid, null, "control." + control);
            box.setId(prefix + "-" + control);
            box.setAttribute("data-name", control);
            boxes.put(control, box);
        }
        return count;
    }

    private HTMLTextAreaElement codeBox(HTMLElement parent, String id, String key) {
        HTMLElement field = Dom.el(parent, "div", "field code-field");
        HTMLTextAreaElement area = Dom.el(null, "textarea", "code").cast();
        area.setId(id);
        area.setAttribute("rows", "4");
        area.setAttribute("readonly", "");
        area.setAttribute("spellcheck", "false");
        HTMLElement head = Dom.el(field, "div", "code-head");
        Dom.label(head, key, area);
        Dom.button(head, null, "save.copy", () -> Downloads.copy(area.getValue(), ok -> {
            if (ok) flash(area);
        })).setId(id + "-copy");
        field.appendChild(area);
        return area;
    }

    private static void flash(HTMLElement e) {
        e.getClassList().add("copied");
    }

    /** A preset's panels, checked. */
    private void choose(List<String> preset) {
        for (Map.Entry<String, HTMLInputElement> e : panels.entrySet()) e.getValue().setChecked(preset.contains(e.getKey()));
        generate();
    }

    /** Opens with the page's current settings: the compact panels, its hidden and locked controls. */
    void open() {
        for (Map.Entry<String, HTMLInputElement> e : panels.entrySet()) {
            e.getValue().setChecked(EmbedOptions.COMPACT.contains(e.getKey()));
        }
        ViewOptions view = page.view();
        for (Map.Entry<String, HTMLInputElement> e : hidden.entrySet()) e.getValue().setChecked(view.isHidden(e.getKey()));
        for (Map.Entry<String, HTMLInputElement> e : locked.entrySet()) e.getValue().setChecked(view.isLocked(e.getKey()));
        autoplay.setChecked(false);
        height.setValue("");
        language.setValue("");
        theme.setValue("");
        generate();
        Modal.open(dialog);
    }

    private void generate() {
        EmbedOptions options;
        try {
            options = new EmbedOptions(chosen(panels), chosen(hidden), chosen(locked), autoplay.isChecked(),
                    parseHeight(height.getValue().trim()), empty(language.getValue()), empty(theme.getValue()),
                    Schema.CONTROLS);
        } catch (ConfigException e) {
            error.setTextContent(i18n.t("embed.badOptions") + " " + e.getMessage());
            return;
        }
        error.setTextContent("");
        hiddenCount.setTextContent(options.hidden.isEmpty() ? "" : " (" + options.hidden.size() + ")");
        lockedCount.setTextContent(options.locked.isEmpty() ? "" : " (" + options.locked.size() + ")");
        for (Map.Entry<HTMLElement, List<String>> p : presets.entrySet()) {
            Dom.pressed(p.getKey(), options.panels.equals(new LinkedHashSet<>(p.getValue())));
        }
        iframeCode.setValue(iframe(options));
        preview.show(src(options));
        scriptCode.setValue(customElement(options));
        snippetsForSavedExperiments();
    }

    /**
     * The link for WordPress, Ghost, Discourse and Notion, and the Hugo shortcode and Jekyll include
     * (docs/embedding.md): all need a saved experiment's id, and its page on this server.
     */
    private void snippetsForSavedExperiments() {
        SavedExperiment e = page.staticSite() ? null : experiment();
        HTMLElement linkArea = linkCode;
        linkArea.setHidden(e == null);
        HTMLElement linkCopy = Dom.byId("embed-link-copy");
        if (linkCopy != null) linkCopy.setHidden(e == null);
        linkUnsaved.setHidden(e != null);
        HTMLElement hugoField = hugoCode.getParentNode().cast();
        HTMLElement jekyllField = jekyllCode.getParentNode().cast();
        hugoField.setHidden(e == null);
        jekyllField.setHidden(e == null);
        if (e == null) {
            linkCode.setValue("");
            hugoCode.setValue("");
            jekyllCode.setValue("");
            return;
        }
        String title = quoted(title(e));
        linkCode.setValue(PageMode.absolute("e/" + e.id));
        hugoCode.setValue("{{< playground \"" + quoted(e.id) + "\" \"" + title + "\" >}}");
        jekyllCode.setValue("{% include playground.html id=\"" + quoted(e.id) + "\" title=\"" + title + "\" %}");
    }

    /** Text for a double-quoted shortcode or include argument (Liquid has no escapes: a quote becomes an apostrophe). */
    private static String quoted(String text) {
        return text.replace('"', '\'');
    }

    private String title(SavedExperiment e) {
        return e != null && e.shownTitle() != null ? e.shownTitle() : i18n.t("page.title");
    }

    private static Set<String> chosen(Map<String, HTMLInputElement> boxes) {
        Set<String> names = new LinkedHashSet<>();
        for (Map.Entry<String, HTMLInputElement> e : boxes.entrySet()) {
            if (e.getValue().isChecked()) names.add(e.getKey());
        }
        return names;
    }

    private static int parseHeight(String text) {
        if (text.isEmpty()) return 0;
        double v = Js.parseNumber(text);
        if (!(v == v) || v != Math.floor(v)) {
            throw new ConfigException("height", "must be a whole number of pixels, got '" + text + "'");
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The saved experiment when the page shows it unchanged, else null (the hash carries the configuration). */
    private SavedExperiment experiment() {
        SavedExperiment e = page.current();
        return e != null && e.config.equals(page.config()) ? e : null;
    }

    /** The configuration and view for the widget's hash; hidden and locked controls go into its query. */
    private String hash() {
        HashCodec.Decoded shown = page.experiment();
        ViewOptions view = shown.view().withHidden(Collections.<String>emptySet())
                .withLocked(Collections.<String>emptySet());
        return HashCodec.encode(shown.config(), view);
    }

    /** The widget's address for these options. */
    private String src(EmbedOptions options) {
        String query = options.toQuery();
        SavedExperiment e = experiment();
        if (page.staticSite()) {
            return PageMode.pageAddress() + "?embed=1" + (query.isEmpty() ? "" : "&" + query) + "#" + hash();
        } else if (e != null) {
            return PageMode.absolute("embed/e/" + e.id) + (query.isEmpty() ? "" : "?" + query);
        }
        return PageMode.absolute("embed/") + (query.isEmpty() ? "" : "?" + query) + "#" + hash();
    }

    private String iframe(EmbedOptions options) {
        SavedExperiment e = experiment();
        String src = src(options);
        String title = title(e);
        StringBuilder sb = new StringBuilder("<iframe src=\"").append(attribute(src)).append('"')
                .append(" title=\"").append(attribute(title)).append('"')
                .append(" width=\"100%\" height=\"").append(options.height > 0 ? options.height : INITIAL_HEIGHT).append('"')
                .append(" style=\"border:0;max-width:100%\" loading=\"lazy\"");
        // A static host may not allow other origins to read its files, which a sandboxed frame needs.
        if (!page.staticSite()) sb.append(" sandbox=\"").append(SANDBOX).append('"');
        sb.append("></iframe>");
        if (options.height == 0) sb.append("\n<script src=\"").append(attribute(embedScript())).append("\" async></script>");
        return sb.toString();
    }

    private String customElement(EmbedOptions options) {
        SavedExperiment e = experiment();
        StringBuilder sb = new StringBuilder("<script src=\"").append(attribute(embedScript())).append("\" async></script>\n");
        sb.append("<nn-playground");
        if (e != null && !page.staticSite()) {
            sb.append(" experiment=\"").append(attribute(e.id)).append('"');
        } else {
            sb.append(" config=\"").append(attribute(hash())).append('"');
        }
        if (page.staticSite()) sb.append(" src=\"").append(attribute(PageMode.pageAddress())).append('"');
        if (!options.isCompact()) {
            sb.append(" panels=\"").append(EmbedOptions.join(options.panels)).append('"');
        }
        if (!options.hidden.isEmpty()) sb.append(" hide=\"").append(EmbedOptions.join(options.hidden)).append('"');
        if (!options.locked.isEmpty()) sb.append(" lock=\"").append(EmbedOptions.join(options.locked)).append('"');
        if (options.autoplay) sb.append(" autoplay");
        if (options.height > 0) sb.append(" height=\"").append(options.height).append('"');
        if (options.lang != null) sb.append(" lang=\"").append(options.lang).append('"');
        if (options.theme != null) sb.append(" theme=\"").append(options.theme).append('"');
        return sb.append("></nn-playground>").toString();
    }

    private static String embedScript() {
        return PageMode.absolute("js/embed.js");
    }

    /** Text for a double-quoted HTML attribute. */
    static String attribute(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
