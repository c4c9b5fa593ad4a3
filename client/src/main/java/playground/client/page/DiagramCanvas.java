package playground.client.page;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The moving parts of the network diagram, painted on one canvas under the neuron buttons: the
 * links (width and colour by weight, or by gradient in the gradient view) and every hidden and
 * output neuron's picture. One canvas instead of hundreds of SVG paths and canvases keeps each
 * frame's work on the page's thread small.
 */
final class DiagramCanvas {
    static final String GRADIENT_COLOUR = "#c2185b";
    /** How near (CSS pixels) the pointer must be to a link to pick it. */
    private static final double PICK_DISTANCE = 7;

    private final HTMLCanvasElement canvas;
    /** The worker's neuron pictures, one above the other, THUMB pixels wide. */
    private final HTMLCanvasElement atlas;
    private int[] weightIndex = new int[0];
    private double[] ax = new double[0], ay = new double[0], bx = new double[0], by = new double[0];
    private double[] nodeX = new double[0], nodeY = new double[0], nodeSize = new double[0];
    private double width, height;
    /** Colour steps of the weight scale (-1 … 1) and their CSS text, made once per palette. */
    private static final int STEPS = 200;
    private JSObject colourTable;
    private Palette tablePalette;
    private JSObject geometry;
    private int[] colours = new int[0];
    private double[] widths = new double[0];
    private double[] alphas = new double[0];
    /** Links whose source is not on screen (a feature hidden by the link or the embed): not drawn. */
    private boolean[] offScreen = new boolean[0];

    DiagramCanvas(HTMLElement parent) {
        canvas = Dom.canvas(parent, "diagram", 1, 1);
        canvas.setAttribute("aria-hidden", "true");
        canvas.setId("diagram");
        atlas = Dom.canvas(null, null, Pictures.THUMB, Pictures.THUMB);
    }

    HTMLElement element() {
        return canvas;
    }

    /** New links (link k carries weight {@code weights[k]}) and room for {@code nodes} neuron pictures. */
    void build(int[] weights, int nodes) {
        weightIndex = weights.clone();
        int n = weights.length;
        ax = new double[n];
        ay = new double[n];
        bx = new double[n];
        by = new double[n];
        nodeX = new double[nodes];
        nodeY = new double[nodes];
        nodeSize = new double[nodes];
        colours = new int[n];
        widths = new double[n];
        alphas = new double[n];
        offScreen = new boolean[n];
        geometry = null;
        canvas.setAttribute("data-links", Integer.toString(n));
    }

    int count() {
        return weightIndex.length;
    }

    int weightOf(int link) {
        return link >= 0 && link < weightIndex.length ? weightIndex[link] : -1;
    }

    void resize(double cssWidth, double cssHeight) {
        width = cssWidth;
        height = cssHeight;
        double ratio = Dom.pixelRatio();
        canvas.setWidth((int) Math.ceil(cssWidth * ratio));
        canvas.setHeight((int) Math.ceil(cssHeight * ratio));
        canvas.getStyle().setProperty("width", cssWidth + "px");
        canvas.getStyle().setProperty("height", cssHeight + "px");
    }

    void placeLink(int k, double x1, double y1, double x2, double y2) {
        offScreen[k] = false;
        ax[k] = x1;
        ay[k] = y1;
        bx[k] = x2;
        by[k] = y2;
        geometry = null;
    }

    /** Link {@code k} joins a node that is not shown: it is neither drawn nor picked. */
    void hideLink(int k) {
        placeLink(k, 0, 0, 0, 0);
        offScreen[k] = true;
    }

    /** Where neuron {@code node}'s picture goes (CSS pixels, top-left corner and side). */
    void placeNode(int node, double x, double y, double size) {
        nodeX[node] = x;
        nodeY[node] = y;
        nodeSize[node] = size;
    }

    /**
     * Paints links and pictures. The links' colours and widths are worked out here and drawn in
     * one call, so that a frame crosses from Java to the canvas a handful of times, not thousands.
     */
    void paint(Frame f, boolean byGradient, Palette palette) {
        CanvasRenderingContext2D g = canvas.getContext("2d").cast();
        double ratio = Dom.pixelRatio();
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
        g.clearRect(0, 0, width, height);
        if (f == null || f.weights.length < count()) return;
        if (colourTable == null || !palette.sameAs(tablePalette)) makeColourTable(palette);
        double max = 0;
        if (byGradient) {
            for (int k = 0; k < count(); k++) max = Math.max(max, f.linkGradients[weightIndex[k]]);
        }
        for (int k = 0; k < count(); k++) {
            if (byGradient) {
                double gr = f.linkGradients[weightIndex[k]];
                double t = max > 0 && gr > 0 ? Math.log10(gr / max) / 4 + 1 : 0;
                t = Math.max(0, Math.min(1, t));
                colours[k] = STEPS + 1;
                widths[k] = t * 6 + 0.6;
                alphas[k] = t * 0.85 + 0.15;
            } else {
                double w = f.weights[weightIndex[k]];
                double clamped = w != w ? 0 : Math.max(-1, Math.min(1, w));
                colours[k] = (int) Math.round((clamped + 1) * STEPS / 2);
                widths[k] = Math.min(w != w ? 0 : Math.abs(w), 5) * 1.6 + 0.8;
                alphas[k] = 1;
            }
            if (offScreen[k]) alphas[k] = 0;
        }
        if (geometry == null) geometry = geometryArray();
        drawLinks(g, geometry, Js.ints(colours), Js.doubles(widths), Js.doubles(alphas), colourTable);
        int first = f.firstThumbNode;
        int pictures = nodeX.length - first;
        if (pictures <= 0) return;
        fillAtlas(atlas, f.thumbs, Pictures.THUMB, pictures);
        for (int n = first; n < nodeX.length; n++) {
            drawPart(g, atlas, (n - first) * Pictures.THUMB, Pictures.THUMB, nodeX[n], nodeY[n], nodeSize[n]);
        }
    }

    /** CSS colours for every step of the weight scale, and the gradient colour last. */
    private void makeColourTable(Palette palette) {
        tablePalette = palette;
        colourTable = WorkerScope.list();
        for (int i = 0; i <= STEPS; i++) {
            WorkerScope.add(colourTable, jsText(palette.css(2.0 * i / STEPS - 1)));
        }
        WorkerScope.add(colourTable, jsText(GRADIENT_COLOUR));
    }

    private JSObject geometryArray() {
        double[] xy = new double[count() * 4];
        for (int k = 0; k < count(); k++) {
            xy[4 * k] = ax[k];
            xy[4 * k + 1] = ay[k];
            xy[4 * k + 2] = bx[k];
            xy[4 * k + 3] = by[k];
        }
        return Js.doubles(xy);
    }

    @JSBody(params = "text", script = "return text;")
    private static native JSObject jsText(String text);

    /** Each link a Bézier curve leaving and entering horizontally, as in the reference. */
    @JSBody(params = {"context", "xy", "colourIndex", "widths", "alphas", "table"}, script =
            "context.lineCap = 'round';"
            + "for (let linkIndex = 0; linkIndex < colourIndex.length; linkIndex++) {"
            + "  const startX = xy[4 * linkIndex], startY = xy[4 * linkIndex + 1];"
            + "  const finalX = xy[4 * linkIndex + 2], finalY = xy[4 * linkIndex + 3];"
            + "  const middle = (startX + finalX) / 2;"
            + "  context.globalAlpha = alphas[linkIndex]; context.strokeStyle = table[colourIndex[linkIndex]];"
            + "  context.lineWidth = widths[linkIndex]; context.beginPath(); context.moveTo(startX, startY);"
            + "  context.bezierCurveTo(middle, startY, middle, finalY, finalX, finalY); context.stroke(); }"
            + "context.globalAlpha = 1;")
    private static native void drawLinks(CanvasRenderingContext2D context, JSObject xy, JSObject colourIndex,
            JSObject widths, JSObject alphas, JSObject table);

    /** Draws neuron {@code node}'s picture (as last painted) large on another canvas. */
    void drawNode(int node, int firstThumbNode, HTMLCanvasElement target) {
        CanvasRenderingContext2D g = target.getContext("2d").cast();
        drawPart(g, atlas, (node - firstThumbNode) * Pictures.THUMB, Pictures.THUMB, 0, 0, target.getWidth());
    }

    /** The link nearest to (x, y) in CSS pixels of the canvas, or -1 if none is near. */
    int linkAt(double x, double y) {
        int best = -1;
        double bestD = PICK_DISTANCE * PICK_DISTANCE;
        for (int k = 0; k < count(); k++) {
            if (offScreen[k]) continue;
            if (x < Math.min(ax[k], bx[k]) - PICK_DISTANCE || x > Math.max(ax[k], bx[k]) + PICK_DISTANCE) continue;
            double mid = (ax[k] + bx[k]) / 2;
            for (int s = 0; s <= 24; s++) {
                double t = s / 24.0;
                double u = 1 - t;
                // the cubic Bézier with control points (mid, ay) and (mid, by)
                double px = u * u * u * ax[k] + 3 * u * t * mid + t * t * t * bx[k];
                double py = (u * u * u + 3 * u * u * t) * ay[k] + (3 * u * t * t + t * t * t) * by[k];
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

    @JSBody(params = {"atlas", "pixels", "size", "count"}, script =
            "if (atlas.width !== size || atlas.height !== size * count) { atlas.width = size; atlas.height = size * count; }"
            + "atlas.getContext('2d').putImageData(new ImageData(new Uint8ClampedArray(pixels.buffer,"
            + " pixels.byteOffset, size * size * count * 4), size, size * count), 0, 0);")
    private static native void fillAtlas(HTMLCanvasElement atlas, JSObject pixels, int size, int count);

    @JSBody(params = {"context", "atlas", "top", "size", "x", "y", "side"}, script =
            "context.imageSmoothingEnabled = true; context.drawImage(atlas, 0, top, size, size, x, y, side, side);")
    private static native void drawPart(CanvasRenderingContext2D context, HTMLCanvasElement atlas, int top, int size,
            double x, double y, double side);
}
