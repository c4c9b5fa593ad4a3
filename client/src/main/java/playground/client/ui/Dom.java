package playground.client.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.EventTarget;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * Building blocks for the panels' DOM: elements, labelled controls and listeners. Every control
 * made here is a real button, input or select with a label (or an aria-label), so the page is
 * keyboard-operable and readable by screen readers.
 */
public final class Dom {
    private Dom() {}

    private static int nextId;

    public static HTMLDocument doc() {
        return HTMLDocument.current();
    }

    public static HTMLElement byId(String id) {
        return doc().getElementById(id);
    }

    public static HTMLElement el(String tag, String className) {
        HTMLElement e = doc().createElement(tag);
        if (className != null) e.setClassName(className);
        return e;
    }

    /** A new element, appended to {@code parent} unless that is null. */
    public static HTMLElement el(HTMLElement parent, String tag, String className) {
        HTMLElement e = el(tag, className);
        if (parent != null) parent.appendChild(e);
        return e;
    }

    /** A {@code div.field} holding a label (the translation of {@code key}) and the control. */
    public static HTMLElement field(HTMLElement parent, String key, HTMLElement control) {
        HTMLElement field = el(parent, "div", "field");
        label(field, key, control);
        field.appendChild(control);
        return field;
    }

    /** An element whose text is the translation of {@code key}. */
    /**
     * Sets an element's text only when it differs: numbers that change every frame would otherwise
     * make the browser lay the page out again every frame even when the text reads the same.
     */
    public static void setText(HTMLElement e, String text) {
        if (!text.equals(e.getTextContent())) e.setTextContent(text);
    }

    public static HTMLElement text(HTMLElement parent, String tag, String className, String key) {
        HTMLElement e = el(parent, tag, className);
        e.setAttribute("data-i18n", key);
        return e;
    }

    /** An id no element of the document has (a bundle loaded on demand has a counter of its own). */
    public static String uniqueId(String prefix) {
        String id;
        do {
            id = prefix + "-" + (++nextId);
        } while (byId(id) != null);
        return id;
    }

    public static HTMLButtonElement button(HTMLElement parent, String className, String key, Runnable action) {
        HTMLButtonElement b = el(parent, "button", className).cast();
        b.setType("button");
        if (key != null) b.setAttribute("data-i18n", key);
        on(b, "click", e -> action.run());
        return b;
    }

    /** A button showing a symbol; its name for assistive technology is the translation of {@code key}. */
    public static HTMLButtonElement iconButton(HTMLElement parent, String className, String symbol, String key,
            Runnable action) {
        HTMLButtonElement b = button(parent, className, null, action);
        HTMLElement icon = el(b, "span", "icon");
        icon.setAttribute("aria-hidden", "true");
        icon.setTextContent(symbol);
        b.setAttribute("data-i18n-aria", key);
        b.setAttribute("data-i18n-title", key);
        return b;
    }

    /** A {@code <label>} with translated text, tied to {@code control}. */
    public static HTMLElement label(HTMLElement parent, String key, HTMLElement control) {
        HTMLElement label = text(parent, "label", null, key);
        if (control.getId() == null || control.getId().isEmpty()) control.setId(uniqueId("c"));
        label.setAttribute("for", control.getId());
        return label;
    }

    public static HTMLSelectElement select(HTMLElement parent, String className) {
        HTMLSelectElement s = el(parent, "select", className).cast();
        s.setId(uniqueId("s"));
        return s;
    }

    public static HTMLOptionElement option(HTMLSelectElement select, String value, String key) {
        HTMLOptionElement o = el(select, "option", null).cast();
        o.setValue(value);
        if (key != null) o.setAttribute("data-i18n", key);
        return o;
    }

    public static HTMLInputElement input(HTMLElement parent, String type, String className) {
        HTMLInputElement i = el(parent, "input", className).cast();
        i.setType(type);
        i.setId(uniqueId("i"));
        return i;
    }

    /**
     * A file chooser that speaks the page's language: the input itself is hidden from sight (the
     * browser would label it in its own language) but keeps the focus, and its label looks like
     * a button.
     */
    public static HTMLInputElement fileInput(HTMLElement parent, String id, String key, String accept) {
        HTMLElement wrap = el(parent, "div", "file-field");
        HTMLInputElement input = input(wrap, "file", "file-input");
        input.setId(id);
        input.setAttribute("accept", accept);
        HTMLElement label = label(wrap, key, input);
        label.setClassName("file-button");
        return input;
    }

    /** A checkbox followed by its label, in one {@code <label>} wrapper. */
    public static HTMLInputElement checkbox(HTMLElement parent, String className, String key) {
        HTMLElement wrap = el(parent, "label", "check " + (className == null ? "" : className));
        HTMLInputElement box = input(wrap, "checkbox", null);
        text(wrap, "span", null, key);
        return box;
    }

    public static HTMLCanvasElement canvas(HTMLElement parent, String className, int width, int height) {
        HTMLCanvasElement c = el(parent, "canvas", className).cast();
        c.setWidth(width);
        c.setHeight(height);
        return c;
    }

    @SuppressWarnings("unchecked")
    public static <E extends Event> void on(EventTarget target, String type, EventListener<E> listener) {
        target.addEventListener(type, listener);
    }

    public static void toggleClass(HTMLElement e, String className, boolean on) {
        if (on) {
            e.getClassList().add(className);
        } else {
            e.getClassList().remove(className);
        }
    }

    public static void pressed(HTMLElement button, boolean on) {
        button.setAttribute("aria-pressed", on ? "true" : "false");
    }

    /** Device pixels per CSS pixel, at least 1, for sharp canvases. */
    @JSBody(script = "return Math.max(1, Math.min(3, window.devicePixelRatio || 1));")
    public static native double pixelRatio();

    @JSBody(params = "e", script = "return e.target && e.target.closest ? e.target : null;")
    static native HTMLElement target(Event e);

    /** Whether the event's element (or an ancestor) matches the selector. */
    @JSBody(params = {"e", "selector"}, script = "return !!(e.target && e.target.closest && e.target.closest(selector));")
    public static native boolean targetMatches(Event e, String selector);

    /** Left, top, width and height of {@code e} relative to {@code container} (null: the viewport). */
    public static void bounds(HTMLElement container, HTMLElement e, double[] out) {
        Float64Array box = Float64Array.create(4);
        boundsInto(container, e, box);
        for (int i = 0; i < 4; i++) out[i] = box.get(i);
    }

    @JSBody(params = {"container", "e", "out"}, script =
            "const outerRect = container ? container.getBoundingClientRect() : {left: 0, top: 0};"
            + "const innerRect = e.getBoundingClientRect();"
            + "out[0] = innerRect.left - outerRect.left; out[1] = innerRect.top - outerRect.top;"
            + "out[2] = innerRect.width; out[3] = innerRect.height;")
    private static native void boundsInto(HTMLElement container, HTMLElement e, Float64Array out);

    /** A callback without arguments, for observers. */
    @org.teavm.jso.JSFunctor
    public interface Callback extends JSObject {
        void run();
    }

    /** Calls {@code callback} as soon as the code running now has returned, before any other event. */
    @JSBody(params = "callback", script = "queueMicrotask(() => callback());")
    public static native void afterThis(Callback callback);

    /** A ResizeObserver that calls {@code callback} whenever a box it {@link #observe}s changes size. */
    @JSBody(params = "callback", script = "return new ResizeObserver(() => callback());")
    public static native JSObject resizeObserver(Callback callback);

    @JSBody(params = {"observer", "element"}, script = "observer.observe(element);")
    public static native void observe(JSObject observer, HTMLElement element);
}
