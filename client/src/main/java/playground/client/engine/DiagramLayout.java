package playground.client.engine;

import static playground.client.engine.Protocol.*;
import org.teavm.jso.JSObject;
import playground.client.ui.Js;

/**
 * Where the diagram's parts are, in CSS pixels of its canvas: each link's two ends (link k
 * carries weight {@code weightIndex[k]}), each neuron picture's box, the canvas size and pixel
 * ratio, and whether links show gradients. The page measures it; the worker's diagram painter
 * paints with it (in the worker, after it travelled there as a message).
 */
public final class DiagramLayout {
    public double width = 1;
    public double height = 1;
    public double ratio = 1;
    public boolean byGradient;
    /**
     * Links' widths times this: a smaller drawing of the diagram draws thinner links. Only the
     * page's own small drawings set it, so it never travels to the worker.
     */
    public double linkScale = 1;
    public int[] weightIndex = new int[0];
    /** Per link: start x, start y, end x, end y; NaN for a link not on screen (see {@link #shown}). */
    public double[] ends = new double[0];
    public double[] nodeX = new double[0];
    public double[] nodeY = new double[0];
    public double[] nodeSize = new double[0];
    private JSObject geometry;

    /** A link's shade on the colour scale: its weight, clamped to -1 … 1 (NaN shows neutral). */
    public static double linkShade(double weight) {
        return weight != weight ? 0 : Math.max(-1, Math.min(1, weight));
    }

    /** A link's width in CSS pixels: thicker for a larger weight, up to a size of 5. */
    public static double linkWidth(double weight) {
        return Math.min(weight != weight ? 0 : Math.abs(weight), 5) * 1.6 + 0.8;
    }

    public int links() {
        return weightIndex.length;
    }

    public int nodes() {
        return nodeX.length;
    }

    /** A new shape: {@code weights[k]} is the weight of link k; {@code nodes} neurons in all. */
    public void build(int[] weights, int nodes) {
        weightIndex = weights.clone();
        ends = new double[weights.length * 4];
        nodeX = new double[nodes];
        nodeY = new double[nodes];
        nodeSize = new double[nodes];
        geometry = null;
    }

    public void placeLink(int k, double x1, double y1, double x2, double y2) {
        ends[4 * k] = x1;
        ends[4 * k + 1] = y1;
        ends[4 * k + 2] = x2;
        ends[4 * k + 3] = y2;
        geometry = null;
    }

    /** Whether link k has both ends on screen. */
    public boolean shown(int k) {
        return ends[4 * k] == ends[4 * k]; // NaN marks a link whose source is hidden
    }

    public void placeNode(int node, double x, double y, double size) {
        nodeX[node] = x;
        nodeY[node] = y;
        nodeSize[node] = size;
    }

    /** The link ends as a JavaScript array, made once per layout. */
    public JSObject geometry() {
        if (geometry == null) geometry = Js.doubles(ends);
        return geometry;
    }

    public void copyFrom(DiagramLayout o) {
        width = o.width;
        height = o.height;
        ratio = o.ratio;
        byGradient = o.byGradient;
        linkScale = o.linkScale;
        weightIndex = o.weightIndex.clone();
        ends = o.ends.clone();
        nodeX = o.nodeX.clone();
        nodeY = o.nodeY.clone();
        nodeSize = o.nodeSize.clone();
        geometry = null;
    }

    /** Writes this layout into a message for the worker. */
    void write(JSObject m) {
        Js.set(m, WIDTH, width);
        Js.set(m, HEIGHT, height);
        Js.set(m, RATIO, ratio);
        Js.set(m, BY_GRADIENT, byGradient);
        Js.set(m, WEIGHT_INDEX, Js.ints(weightIndex));
        Js.set(m, ENDS, Js.doubles(ends));
        Js.set(m, NODE_X, Js.doubles(nodeX));
        Js.set(m, NODE_Y, Js.doubles(nodeY));
        Js.set(m, NODE_SIZE, Js.doubles(nodeSize));
    }

    /** Reads a layout written by {@link #write}. */
    public static DiagramLayout read(JSObject m) {
        DiagramLayout l = new DiagramLayout();
        l.width = Js.number(m, WIDTH);
        l.height = Js.number(m, HEIGHT);
        l.ratio = Js.number(m, RATIO);
        l.byGradient = Js.bool(m, BY_GRADIENT);
        l.weightIndex = Js.ints(m, WEIGHT_INDEX);
        l.ends = Js.doubles(m, ENDS);
        l.nodeX = Js.doubles(m, NODE_X);
        l.nodeY = Js.doubles(m, NODE_Y);
        l.nodeSize = Js.doubles(m, NODE_SIZE);
        return l;
    }
}
