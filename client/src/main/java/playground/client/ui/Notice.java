package playground.client.ui;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page's one line of news (an aria-live region): a link that could not be read, a value the
 * schema refused, a worker error, "link copied". Shows the translated message of a key with an
 * optional detail from the core, and a button to dismiss it.
 */
public final class Notice {
    private final HTMLElement box;
    private final HTMLElement text;
    private final I18n i18n;
    private String key;
    private String detail;

    public Notice(HTMLElement box, I18n i18n) {
        this.box = box;
        this.i18n = i18n;
        text = Dom.el(box, "span", "notice-text");
        Dom.iconButton(box, "icon-button notice-close", "×", "notice.dismiss", this::clear);
        i18n.onChange(this::render);
    }

    public void show(String key, String detail) {
        this.key = key;
        this.detail = detail;
        render();
    }

    /** Takes the message of {@code shownKey} away if it is the one shown: a problem that has passed. */
    public void dismiss(String shownKey) {
        if (shownKey.equals(key)) clear();
    }

    void clear() {
        key = null;
        render();
    }

    private void render() {
        box.setHidden(key == null);
        if (key == null) return;
        String message = i18n.t(key);
        text.setTextContent(detail == null || detail.isEmpty() ? message : message + " " + detail);
    }
}
