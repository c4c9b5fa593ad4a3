package playground.client.lessons;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import playground.client.ui.Dom;

/**
 * Dragging on a plot with mouse, pen or finger: the handler hears where the pointer went down
 * (in data coordinates) and says whether it takes the gesture; then it hears every move until
 * the pointer goes up.
 */
final class Drag {
    interface Handler {
        /** True to take the gesture that starts at data point (x, y). */
        boolean down(double x, double y);

        void move(double x, double y);

        default void up() {}
    }

    private final Plot plot;
    private final Handler handler;
    private boolean dragging;

    private Drag(Plot plot, Handler handler) {
        this.plot = plot;
        this.handler = handler;
    }

    static void attach(Plot plot, Handler handler) {
        Drag drag = new Drag(plot, handler);
        HTMLCanvasElement c = plot.canvas;
        Dom.on(c, "pointerdown", drag::down);
        Dom.on(c, "pointermove", drag::move);
        Dom.on(c, "pointerup", drag::up);
        Dom.on(c, "pointercancel", drag::up);
    }

    private void down(Event e) {
        // an embed may lock the figure (lock=scatter, lock=map): then it only shows
        if (locked(plot.canvas)) return;
        if (!handler.down(x(e), y(e))) return;
        dragging = true;
        capture(plot.canvas, e);
        e.preventDefault();
    }

    private void move(Event e) {
        if (!dragging) return;
        handler.move(x(e), y(e));
        e.preventDefault();
    }

    private void up(Event e) {
        if (!dragging) return;
        dragging = false;
        handler.up();
    }

    private double x(Event e) {
        return plot.dataX(Plot.pointerX(plot.canvas, e));
    }

    private double y(Event e) {
        return plot.dataY(Plot.pointerY(plot.canvas, e));
    }

    @JSBody(params = "canvas", script = "return !!canvas.closest('.control-locked');")
    private static native boolean locked(HTMLCanvasElement canvas);

    @JSBody(params = {"canvas", "e"}, script = "try { canvas.setPointerCapture(e.pointerId); } catch (x) {}")
    private static native void capture(HTMLCanvasElement canvas, Event e);
}
