package playground.client.page.panels;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.DiagramLayout;
import playground.client.engine.EngineClient;
import playground.client.engine.Frame;
import playground.client.engine.Protocol;
import playground.client.engine.worker.DiagramPainter;
import playground.client.ui.Canvases;
import playground.client.ui.Dom;
import playground.picture.Palette;

/**
 * The canvas under the neuron buttons that shows the diagram's moving parts: the links and every
 * neuron's picture. The page measures where they go ({@link DiagramLayout}) and picks the link
 * under the pointer; the painting itself happens in the training worker, which has the numbers
 * anyway, on this canvas handed over as an OffscreenCanvas. So a frame of a large network costs
 * the page's thread nothing. Where a browser cannot hand a canvas over, the page paints it.
 */
final class DiagramCanvas {
    /** How near (CSS pixels) the pointer must be to a link to pick it. */
    private static final double PICK_DISTANCE = 7;

    private final HTMLCanvasElement canvas;
    private final EngineClient engine;
    /** Set when the page paints the diagram itself (no OffscreenCanvas). */
    private final DiagramPainter painter;
    private final DiagramLayout layout = new DiagramLayout();
    private final HTMLCanvasElement thumb = Dom.canvas(null, null, Protocol.THUMB, Protocol.THUMB);

    DiagramCanvas(HTMLElement parent, EngineClient engine) {
        this.engine = engine;
        canvas = Dom.canvas(parent, "diagram", 1, 1);
        canvas.setAttribute("aria-hidden", "true");
        canvas.setId("diagram");
        JSObject offscreen = canHandOver(canvas) ? handOver(canvas) : null;
        if (offscreen != null) {
            painter = null;
            engine.attachDiagram(offscreen);
            canvas.setAttribute("data-painted-by", "worker");
        } else {
            painter = new DiagramPainter();
            painter.attach(canvas);
            canvas.setAttribute("data-painted-by", "page");
        }
    }

    HTMLElement element() {
        return canvas;
    }

    /** New links (link k carries weight {@code weights[k]}) and room for {@code nodes} neuron pictures. */
    void build(int[] weights, int nodes) {
        layout.build(weights, nodes);
        canvas.setAttribute("data-links", Integer.toString(weights.length));
    }

    int count() {
        return layout.links();
    }

    int weightOf(int link) {
        return link >= 0 && link < layout.links() ? layout.weightIndex[link] : -1;
    }

    void resize(double cssWidth, double cssHeight) {
        layout.width = cssWidth;
        layout.height = cssHeight;
        layout.ratio = Dom.pixelRatio();
        canvas.getStyle().setProperty("width", cssWidth + "px");
        canvas.getStyle().setProperty("height", cssHeight + "px");
    }

    void placeLink(int k, double x1, double y1, double x2, double y2) {
        layout.placeLink(k, x1, y1, x2, y2);
    }

    /** Link {@code k} joins a node that is not on screen (a hidden feature): neither drawn nor picked. */
    void hideLink(int k) {
        layout.placeLink(k, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Where neuron {@code node}'s picture goes (CSS pixels, top-left corner and side). */
    void placeNode(int node, double x, double y, double size) {
        layout.placeNode(node, x, y, size);
    }

    /** Colours links by gradient instead of weight. */
    void setByGradient(boolean on) {
        layout.byGradient = on;
    }

    /** The layout is complete: the painter (here or in the worker) takes it and paints. */
    void commit(Frame pictures, Palette palette) {
        if (painter == null) {
            engine.diagramLayout(layout);
            return;
        }
        painter.setLayout(layout);
        paint(pictures, palette);
    }

    /** Paints a frame's pictures, when the page paints the diagram itself; else the worker does. */
    void paint(Frame f, Palette palette) {
        if (painter == null) return;
        if (f == null || !painter.fits(f.weights.length, f.biases.length)) {
            painter.clear();
            return;
        }
        painter.paint(f.weights, f.linkGradients, f.thumbs, f.firstThumbNode, palette);
    }

    /** Draws neuron {@code node}'s picture from a frame large on another canvas. */
    void drawNode(int node, Frame pictures, HTMLCanvasElement target) {
        int index = node - pictures.firstThumbNode;
        if (pictures.thumbs == null || index < 0 || node >= layout.nodes()) return;
        Canvases.put(thumb, pictures.thumbs, index, Protocol.THUMB);
        Canvases.scaleInto(target, thumb);
    }

    /** The link nearest to (x, y) in CSS pixels of the canvas, or -1 if none is near. */
    int linkAt(double x, double y) {
        int best = -1;
        double bestD = PICK_DISTANCE * PICK_DISTANCE;
        double[] e = layout.ends;
        for (int k = 0; k < count(); k++) {
            if (!layout.shown(k)) continue;
            double ax = e[4 * k], ay = e[4 * k + 1], bx = e[4 * k + 2], by = e[4 * k + 3];
            if (x < Math.min(ax, bx) - PICK_DISTANCE || x > Math.max(ax, bx) + PICK_DISTANCE) continue;
            double mid = (ax + bx) / 2;
            for (int s = 0; s <= 24; s++) {
                double t = s / 24.0;
                double u = 1 - t;
                // the cubic Bézier with control points (mid, ay) and (mid, by)
                double px = u * u * u * ax + 3 * u * t * mid + t * t * t * bx;
                double py = (u * u * u + 3 * u * u * t) * ay + (3 * u * t * t + t * t * t) * by;
                double dx = px - x;
                double dy = py - y;
                double d = dx * dx + dy * dy;
                if (d < bestD) {
                    bestD = d;
                    best = k;
                }
            }
        }
        return best;
    }

    /** {@code ?diagram=page} keeps the painting on the page (to compare, and for tests of that path). */
    @JSBody(params = "canvas", script = "return typeof canvas.transferControlToOffscreen === 'function'"
            + " && new URLSearchParams(location.search).get('diagram') !== 'page';")
    private static native boolean canHandOver(HTMLCanvasElement canvas);

    @JSBody(params = "canvas", script = "return canvas.transferControlToOffscreen();")
    private static native JSObject handOver(HTMLCanvasElement canvas);
}
