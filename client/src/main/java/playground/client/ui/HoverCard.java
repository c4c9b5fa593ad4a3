package playground.client.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The small card that follows the pointer over a link, a neuron or a chart point, showing its
 * numbers. One card for the whole page; whoever shows it fills it.
 */
public final class HoverCard {
    private final HTMLElement card;
    private Object owner;

    public HoverCard(HTMLElement card) {
        this.card = card;
    }

    /** Empties the card for {@code owner} and returns it to be filled. */
    public HTMLElement open(Object owner) {
        this.owner = owner;
        card.clear();
        return card;
    }

    public boolean isOpenFor(Object who) {
        return !card.isHidden() && owner == who;
    }

    /** Shows the card near the point (in viewport pixels), inside the window. */
    public void showAt(double clientX, double clientY) {
        card.setHidden(false);
        place(card, clientX, clientY);
    }

    public void hide(Object who) {
        if (owner == who) card.setHidden(true);
    }

    @JSBody(params = {"card", "x", "y"}, script =
            "const cardWidth = card.offsetWidth, cardHeight = card.offsetHeight;"
            + "let leftPx = x + 14, topPx = y + 14;"
            + "if (leftPx + cardWidth > window.innerWidth - 4) leftPx = Math.max(4, x - cardWidth - 14);"
            + "if (topPx + cardHeight > window.innerHeight - 4) topPx = Math.max(4, y - cardHeight - 14);"
            + "card.style.left = leftPx + 'px'; card.style.top = topPx + 'px';")
    private static native void place(HTMLElement card, double x, double y);
}
