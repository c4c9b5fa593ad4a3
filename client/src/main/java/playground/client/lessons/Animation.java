package playground.client.lessons;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A lesson's play loop: while playing and in view, {@link Step#frame} runs once per animation
 * frame (each call does a little work and returns, so the page never blocks). Scrolled out of
 * view the loop stops asking for frames and picks up again when the widget returns. The widget's
 * root shows the state as {@code data-playing} and {@code data-visible}.
 */
final class Animation {
    interface Step {
        /** Does one frame's work; false stops playing (finished, or nothing more to show). */
        boolean frame();
    }

    private final HTMLElement root;
    private final Step step;
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean playing;
    private boolean visible = true;
    private boolean scheduled;

    Animation(HTMLElement root, LessonPage page, Step step) {
        this.root = root;
        this.step = step;
        page.watchVisibility(root, this::setVisible);
        show();
    }

    boolean playing() {
        return playing;
    }

    void play() {
        if (playing) return;
        playing = true;
        changed();
        schedule();
    }

    void pause() {
        if (!playing) return;
        playing = false;
        changed();
    }

    void toggle() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    /** Called when playing starts or stops. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void setVisible(boolean now) {
        visible = now;
        show();
        schedule();
    }

    private void schedule() {
        if (!playing || !visible || scheduled) return;
        scheduled = true;
        Window.requestAnimationFrame(time -> tick());
    }

    private void tick() {
        scheduled = false;
        if (!playing || !visible) return;
        if (!step.frame()) {
            pause();
            return;
        }
        schedule();
    }

    private void changed() {
        show();
        for (Runnable r : listeners) r.run();
    }

    private void show() {
        root.setAttribute("data-playing", playing ? "true" : "false");
        root.setAttribute("data-visible", visible ? "true" : "false");
    }
}
