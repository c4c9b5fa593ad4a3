package playground.client.page;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The links of the network diagram, as SVG curves under the neurons. Each link's width and
 * colour show its weight (orange negative, blue positive, wider is larger), or in the gradient
 * view the size of its gradient on a log scale, so that links whose gradients vanish fade out.
 */
final class LinkLayer {
    static final String GRADIENT_COLOUR = "#c2185b";

    private final HTMLElement svg;
    private JSObject[] paths = new JSObject[0];
    private int[] weightIndex = new int[0];

    LinkLayer(HTMLElement parent) {
        svg = createSvg();
        svg.setAttribute("class", "links");
        svg.setAttribute("aria-hidden", "true");
        parent.appendChild(svg);
    }

    HTMLElement element() {
        return svg;
    }

    /** Replaces every link; link i carries weight {@code weights[i]}. */
    void build(int[] weights) {
        clear(svg);
        weightIndex = weights.clone();
        paths = new JSObject[weights.length];
        for (int i = 0; i < weights.length; i++) {
            paths[i] = addPath(svg, i);
        }
    }

    int count() {
        return paths.length;
    }

    /** The weight index of the link an SVG element stands for, or -1. */
    int weightOf(int link) {
        return link >= 0 && link < weightIndex.length ? weightIndex[link] : -1;
    }

    void place(int link, double x1, double y1, double x2, double y2) {
        double mid = (x1 + x2) / 2;
        setD(paths[link], "M" + r(x1) + "," + r(y1) + " C" + r(mid) + "," + r(y1) + " " + r(mid) + "," + r(y2)
                + " " + r(x2) + "," + r(y2));
    }

    void resize(double width, double height) {
        svg.setAttribute("width", r(width));
        svg.setAttribute("height", r(height));
        svg.setAttribute("viewBox", "0 0 " + r(width) + " " + r(height));
    }

    void paintWeights(double[] weights, Palette palette) {
        for (int i = 0; i < paths.length; i++) {
            double w = weights[weightIndex[i]];
            double size = Math.min(Math.abs(w), 5);
            style(paths[i], palette.css(w), size * 1.6 + 0.8, 1);
        }
    }

    /** Colours by gradient size relative to the largest, over four decades. */
    void paintGradients(double[] gradients) {
        double max = 0;
        for (int i = 0; i < paths.length; i++) max = Math.max(max, gradients[weightIndex[i]]);
        for (int i = 0; i < paths.length; i++) {
            double g = gradients[weightIndex[i]];
            double t = max > 0 && g > 0 ? 1 + Math.log10(g / max) / 4 : 0;
            t = Math.max(0, Math.min(1, t));
            style(paths[i], GRADIENT_COLOUR, t * 6 + 0.6, t * 0.85 + 0.15);
        }
    }

    private static String r(double v) {
        return Js.fixed(v, 1);
    }

    @JSBody(script = "return document.createElementNS('http://www.w3.org/2000/svg', 'svg');")
    private static native HTMLElement createSvg();

    @JSBody(params = "svg", script = "svg.replaceChildren();")
    private static native void clear(HTMLElement svg);

    @JSBody(params = {"svg", "index"}, script =
            "const ns = 'http://www.w3.org/2000/svg';"
            + "const p = document.createElementNS(ns, 'path'); p.setAttribute('class', 'link');"
            + "const hit = document.createElementNS(ns, 'path'); hit.setAttribute('class', 'link-hit');"
            + "hit.dataset.link = index; p.hit = hit; svg.appendChild(p); svg.appendChild(hit); return p;")
    private static native JSObject addPath(HTMLElement svg, int index);

    @JSBody(params = {"path", "d"}, script = "path.setAttribute('d', d); path.hit.setAttribute('d', d);")
    private static native void setD(JSObject path, String d);

    @JSBody(params = {"path", "colour", "width", "opacity"}, script =
            "path.style.stroke = colour; path.style.strokeWidth = width; path.style.strokeOpacity = opacity;")
    private static native void style(JSObject path, String colour, double width, double opacity);
}
