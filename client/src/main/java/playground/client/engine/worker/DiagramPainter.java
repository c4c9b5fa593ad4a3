package playground.client.engine.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import playground.client.engine.DiagramLayout;
import playground.client.engine.Protocol;
import playground.client.ui.Js;
import playground.picture.Palette;

/**
 * Paints the network diagram's moving parts — the links (width and colour by weight, or by
 * gradient in the gradient view) and every hidden and output neuron's picture — on a 2D canvas
 * context. Normally it runs in the training worker on the page's canvas handed over as an
 * OffscreenCanvas, so that neither painting nor rasterising hundreds of thick curves ever holds
 * up the page's thread; browsers without OffscreenCanvas paint with it on the page.
 */
public final class DiagramPainter {
    static final String GRADIENT_COLOUR = "#c2185b";
    /** Colour steps of the weight scale (-1 … 1). */
    private static final int STEPS = 200;

    private JSObject canvas;
    /** The neuron pictures one above the other, THUMB pixels wide. */
    private final JSObject atlas = newCanvas(Protocol.THUMB, Protocol.THUMB);
    private final DiagramLayout layout = new DiagramLayout();
    private JSObject colourTable;
    private Palette tablePalette;
    private int[] colours = new int[0];
    private double[] widths = new double[0];
    private double[] alphas = new double[0];

    /** Paints on this canvas (a canvas element or an OffscreenCanvas) from now on. */
    public void attach(JSObject canvas) {
        this.canvas = canvas;
    }

    boolean attached() {
        return canvas != null;
    }

    /** A new shape or size (from the page's layout): applies it, resizing the canvas. */
    public void setLayout(DiagramLayout next) {
        layout.copyFrom(next);
        int n = layout.links();
        if (colours.length != n) {
            colours = new int[n];
            widths = new double[n];
            alphas = new double[n];
        }
        if (canvas != null) {
            resize(canvas, (int) Math.ceil(layout.width * layout.ratio), (int) Math.ceil(layout.height * layout.ratio));
        }
    }

    /**
     * Whether parameters of a network with these many weights and nodes fit the current layout (the
     * page may still show the previous shape for a moment after a change).
     */
    public boolean fits(int weightCount, int nodeCount) {
        return layout.links() == weightCount && layout.nodes() == nodeCount;
    }

    /** Clears the canvas (no network to show). */
    public void clear() {
        if (canvas == null) return;
        clearAll(context(canvas), layout.ratio, layout.width, layout.height);
    }

    /**
     * Paints links and pictures; {@code thumbs} are RGBA pictures of the nodes from
     * {@code firstThumbNode} on. The links' colours and widths are worked out here and drawn in
     * one call, so that a frame crosses from Java to the canvas a handful of times, not thousands.
     */
    public void paint(double[] weights, double[] linkGradients, JSObject thumbs, int firstThumbNode, Palette palette) {
        if (canvas == null) return;
        JSObject g = context(canvas);
        clearAll(g, layout.ratio, layout.width, layout.height);
        if (!fits(weights.length, layout.nodes())) return;
        if (colourTable == null || !palette.sameAs(tablePalette)) makeColourTable(palette);
        int count = layout.links();
        int[] index = layout.weightIndex;
        double max = 0;
        if (layout.byGradient) {
            for (int k = 0; k < count; k++) max = Math.max(max, linkGradients[index[k]]);
        }
        for (int k = 0; k < count; k++) {
            if (layout.byGradient) {
                double gr = linkGradients[index[k]];
                double t = max > 0 && gr > 0 ? Math.log10(gr / max) / 4 + 1 : 0;
                t = Math.max(0, Math.min(1, t));
                colours[k] = STEPS + 1;
                widths[k] = (t * 6 + 0.6) * layout.linkScale;
                alphas[k] = t * 0.85 + 0.15;
            } else {
                double w = weights[index[k]];
                colours[k] = (int) Math.round((DiagramLayout.linkShade(w) + 1) * STEPS / 2);
                widths[k] = DiagramLayout.linkWidth(w) * layout.linkScale;
                alphas[k] = 1;
            }
            if (!layout.shown(k)) alphas[k] = 0;
        }
        drawLinks(g, layout.geometry(), Js.ints(colours), Js.doubles(widths), Js.doubles(alphas), colourTable);
        int pictures = layout.nodes() - firstThumbNode;
        if (thumbs == null || pictures <= 0) return;
        fillAtlas(atlas, thumbs, Protocol.THUMB, pictures);
        for (int n = firstThumbNode; n < layout.nodes(); n++) {
            drawPart(g, atlas, (n - firstThumbNode) * Protocol.THUMB, Protocol.THUMB, layout.nodeX[n], layout.nodeY[n],
                    layout.nodeSize[n]);
        }
    }

    /** CSS colours for every step of the weight scale, and the gradient colour last. */
    private void makeColourTable(Palette palette) {
        tablePalette = palette;
        colourTable = Js.array();
        for (int i = 0; i <= STEPS; i++) {
            Js.push(colourTable, jsText(palette.css(2.0 * i / STEPS - 1)));
        }
        Js.push(colourTable, jsText(GRADIENT_COLOUR));
    }

    @JSBody(params = "text", script = "return text;")
    private static native JSObject jsText(String text);

    /** An OffscreenCanvas where there is one (in workers too), else a canvas element. */
    @JSBody(params = {"width", "height"}, script = "if (typeof OffscreenCanvas !== 'undefined')"
            + " return new OffscreenCanvas(width, height);"
            + "const fallbackCanvas = document.createElement('canvas');"
            + " fallbackCanvas.width = width; fallbackCanvas.height = height; return fallbackCanvas;")
    private static native JSObject newCanvas(int width, int height);

    @JSBody(params = "canvas", script = "return canvas.getContext('2d');")
    private static native JSObject context(JSObject canvas);

    @JSBody(params = {"canvas", "width", "height"}, script =
            "if (canvas.width !== width) canvas.width = width; if (canvas.height !== height) canvas.height = height;")
    private static native void resize(JSObject canvas, int width, int height);

    @JSBody(params = {"context", "ratio", "width", "height"}, script =
            "context.setTransform(ratio, 0, 0, ratio, 0, 0); context.clearRect(0, 0, width, height);")
    private static native void clearAll(JSObject context, double ratio, double width, double height);

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
    private static native void drawLinks(JSObject context, JSObject xy, JSObject colourIndex, JSObject widths,
            JSObject alphas, JSObject table);

    @JSBody(params = {"atlas", "pixels", "size", "count"}, script =
            "if (atlas.width !== size || atlas.height !== size * count) { atlas.width = size; atlas.height = size * count; }"
            + "atlas.getContext('2d').putImageData(new ImageData(new Uint8ClampedArray(pixels.buffer,"
            + " pixels.byteOffset, size * size * count * 4), size, size * count), 0, 0);")
    private static native void fillAtlas(JSObject atlas, JSObject pixels, int size, int count);

    @JSBody(params = {"context", "atlas", "top", "size", "x", "y", "side"}, script =
            "context.imageSmoothingEnabled = true; context.drawImage(atlas, 0, top, size, size, x, y, side, side);")
    private static native void drawPart(JSObject context, JSObject atlas, int top, int size, double x, double y,
            double side);
}
