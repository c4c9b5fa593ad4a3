package playground.client.page.panels;

import java.util.ArrayList;
import java.util.List;

/**
 * What the network's links show by their colour and width: their weights, or their gradients (the
 * gradient view's switch). One choice for every drawing of the network, the whole diagram and the
 * small one under the output picture, so the two never disagree.
 */
public final class LinkColours {
    private boolean byGradient;
    private final List<Runnable> listeners = new ArrayList<>();

    LinkColours() {}

    public boolean byGradient() {
        return byGradient;
    }

    void setByGradient(boolean on) {
        if (on == byGradient) return;
        byGradient = on;
        listeners.forEach(Runnable::run);
    }

    /** Hears every change of the choice. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
