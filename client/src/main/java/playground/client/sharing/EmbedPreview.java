package playground.client.sharing;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import playground.client.ui.Dom;
import playground.client.ui.EmbedFrame;
import playground.client.ui.I18n;

/**
 * The embed-code generator's preview: the widget as a reader will see it, in a column of the
 * width the blogger picks (700 px, a blog's content column, or 360 px, a phone), with the height
 * it reports, so the size of a choice is seen before it is pasted. Loaded only while unfolded:
 * it is a second playground.
 */
final class EmbedPreview {
    static final String[] WIDTHS = {"700", "500", "360"};

    private final I18n i18n;
    private final HTMLElement details;
    private final HTMLSelectElement width;
    private final HTMLElement size;
    private final HTMLElement holder;
    private String src = "";
    /** What the frame shows now: its address and width. */
    private String loaded = "";

    EmbedPreview(HTMLElement parent, I18n i18n) {
        this.i18n = i18n;
        details = Dom.el(parent, "details", "embed-preview");
        details.setId("embed-preview-box");
        Dom.text(Dom.el(details, "summary", null), "span", null, "embed.preview");
        HTMLElement row = Dom.el(details, "div", "embed-preview-row");
        width = Dom.select(null, null);
        width.setId("embed-preview-width");
        // bare numbers: the label gives the unit in the reader's language
        for (String w : WIDTHS) Dom.option(width, w, null).setTextContent(w);
        Dom.field(row, "embed.previewWidth", width);
        size = Dom.el(row, "p", "embed-preview-size");
        size.setId("embed-preview-size");
        size.setAttribute("aria-live", "polite");
        holder = Dom.el(details, "div", "embed-preview-frame");
        Dom.on(details, "toggle", e -> load());
        Dom.on(width, "change", e -> load());
        listen(holder, EmbedFrame.RESIZE_MESSAGE, this::resized);
    }

    /** The widget's address, whenever the choices change. */
    void show(String address) {
        src = address;
        load();
    }

    private void load() {
        if (!details.hasAttribute("open")) return;
        String wanted = width.getValue() + " " + src;
        if (wanted.equals(loaded)) return;
        loaded = wanted;
        holder.setInnerHTML("");
        HTMLElement frame = Dom.el(holder, "iframe", null);
        frame.setId("embed-preview");
        frame.setAttribute("title", i18n.t("embed.preview"));
        frame.setAttribute("sandbox", EmbedGenerator.SANDBOX);
        frame.getStyle().setProperty("width", width.getValue() + "px");
        frame.getStyle().setProperty("height", EmbedGenerator.INITIAL_HEIGHT + "px");
        frame.setAttribute("src", src);
        size.setTextContent(i18n.t("embed.previewMeasuring"));
    }

    private void resized(int height) {
        HTMLElement frame = Dom.doc().getElementById("embed-preview");
        if (frame == null) return;
        frame.getStyle().setProperty("height", height + "px");
        size.setTextContent(i18n.t("embed.previewHeight", height, width.getValue()));
    }

    @JSFunctor
    interface Resized extends JSObject {
        void height(int height);
    }

    /** Heights reported by the frame in {@code holder} (and by no other window). */
    @JSBody(params = {"holder", "type", "callback"}, script = "window.addEventListener('message', e => {"
            + " const frame = holder.querySelector('iframe');"
            + " if (frame && e.source === frame.contentWindow && e.data && e.data.type === type"
            + " && typeof e.data.height === 'number') callback(e.data.height); });")
    private static native void listen(HTMLElement holder, String type, Resized callback);
}
