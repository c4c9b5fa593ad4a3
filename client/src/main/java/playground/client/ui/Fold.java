package playground.client.ui;

import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A section that a phone shows folded: a toggle button (with aria-expanded) that puts the class
 * {@code folded} on the section; the style sheet hides the section's body under it only on narrow
 * screens, so wider screens always show everything and never show the button. Open or closed is
 * remembered for this visit.
 */
public final class Fold {
    private final HTMLElement section;
    private final HTMLButtonElement toggle;
    private final String memory;

    /**
     * @param section what gets the class {@code folded}
     * @param where   where the toggle goes, before {@code before} (null: at the end)
     * @param name    a short name, for the memory and the toggle's id ({@code fold-name})
     * @param key     the toggle's translated text
     */
    public Fold(HTMLElement section, HTMLElement where, HTMLElement before, String name, String key,
            boolean openFirst) {
        this.section = section;
        this.memory = "fold." + name;
        toggle = Dom.button(null, "fold-toggle", null, this::flip);
        toggle.setId("fold-" + name);
        Dom.text(toggle, "span", "fold-label", key);
        Dom.el(toggle, "span", "fold-mark").setAttribute("aria-hidden", "true");
        where.insertBefore(toggle, before);
        String remembered = Storage.visitGet(memory);
        show(remembered == null ? openFirst : "open".equals(remembered));
    }

    private void flip() {
        boolean open = !isOpen();
        show(open);
        Storage.visitPut(memory, open ? "open" : "closed");
    }

    public boolean isOpen() {
        return "true".equals(toggle.getAttribute("aria-expanded"));
    }

    private void show(boolean open) {
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        Dom.toggleClass(section, "folded", !open);
    }
}
