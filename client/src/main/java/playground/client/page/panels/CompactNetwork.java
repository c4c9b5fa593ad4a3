package playground.client.page.panels;

import java.util.Arrays;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.DiagramLayout;
import playground.client.engine.EngineClient;
import playground.client.engine.Frame;
import playground.client.engine.worker.DiagramPainter;
import playground.client.page.PageState;
import playground.client.ui.Dom;
import playground.config.Config;
import playground.nn.Activation;
import playground.nn.Network;
import playground.nn.OutputKind;

/**
 * The network small enough for a phone's first screen, under the output picture: the inputs, a
 * column of neuron pictures per hidden layer and the output, joined by their links, scaled to the
 * width. It paints each frame's links and pictures with the diagram's own painter, on the page
 * (a strip this small costs little), its links by weight or by gradient as the whole diagram's
 * ({@link LinkColours}). Tapping it scrolls to the whole network. Wider screens, which
 * show the whole network on their first screen, hide it (css), and then it paints nothing.
 */
public final class CompactNetwork {
    /** The strip's height in CSS pixels; the neurons grow up to {@link #MAX_NODE} to fill it. */
    private static final double HEIGHT = 52;
    private static final double MAX_NODE = 16;
    /** Links thinner than the diagram's: the strip is about a quarter of its size. */
    private static final double LINK_SCALE = 0.45;

    private final EngineClient engine;
    private final ThemeSwitch theme;
    private final LinkColours linkColours;
    private final HTMLElement strip;
    private final HTMLElement inputs;
    private final HTMLCanvasElement canvas;
    private final DiagramPainter painter = new DiagramPainter();
    private final DiagramLayout layout = new DiagramLayout();
    private int[] sizes = new int[0];
    /** Index arithmetic only (node and weight positions); its numbers are never used. */
    private Network net;
    private double placedWidth = -1;

    public CompactNetwork(HTMLElement outputPanel, HTMLElement networkPanel, LinkColours linkColours, PageState state,
            EngineClient engine, ThemeSwitch theme) {
        this.engine = engine;
        this.theme = theme;
        this.linkColours = linkColours;
        HTMLElement button = Dom.button(null, "compact-network", null, () -> scrollToAndFocus(networkPanel));
        button.setId("compact-network");
        HTMLElement picture = outputPanel.querySelector(".picture").cast();
        outputPanel.insertBefore(button, picture.getNextSibling());
        strip = Dom.el(button, "span", "compact-strip");
        inputs = Dom.el(strip, "span", "compact-inputs");
        canvas = Dom.canvas(strip, "compact-diagram", 1, 1);
        canvas.setAttribute("aria-hidden", "true");
        Dom.text(button, "span", "compact-caption", "network.compact");
        painter.attach(canvas);
        layout.linkScale = LINK_SCALE;

        state.listen((c, v) -> shape(c));
        engine.onPictures(this::paint);
        theme.onChange(() -> paint(engine.pictureFrame()));
        linkColours.onChange(this::colourLinks);
        // placed when the observer first sees the strip's box: measuring it now would lay out the half-built page
        Dom.observe(Dom.resizeObserver(this::place), strip);
        reshape(state.config());
    }

    private void shape(Config c) {
        if (reshape(c)) place();
    }

    /** Takes the configuration's layer sizes; true when they changed (the strip needs placing again). */
    private boolean reshape(Config c) {
        int[] next = new int[c.hiddenLayers.length + 2];
        next[0] = c.features.length;
        System.arraycopy(c.hiddenLayers, 0, next, 1, c.hiddenLayers.length);
        next[next.length - 1] = c.numOutputs();
        if (Arrays.equals(next, sizes)) return false;
        sizes = next;
        net = new Network(sizes, Activation.byName(c.activation), OutputKind.of(c.isRegression(), c.classes));
        placedWidth = -1;
        return true;
    }

    /** Works out where every neuron and link goes for the strip's width (nothing while hidden). */
    private void place() {
        double width = strip.getClientWidth();
        if (width <= 0 || width == placedWidth || net == null) return;
        placedWidth = width;
        int most = 1;
        for (int size : sizes) most = Math.max(most, size);
        int nodes = net.nodeCount();
        int links = net.weights.length;
        double side = Math.min(MAX_NODE, HEIGHT / (most * 1.25));
        double gap = side / 4;
        double step = (width - side) / (sizes.length - 1);
        double[] x = new double[nodes];
        double[] y = new double[nodes];
        int n = 0;
        for (int l = 0; l < sizes.length; l++) {
            double column = (side + gap) * sizes[l] - gap;
            double top = (HEIGHT - column) / 2;
            for (int j = 0; j < sizes[l]; j++) {
                x[n] = l * step;
                y[n] = (side + gap) * j + top;
                n++;
            }
        }
        int[] weights = new int[links];
        int k = 0;
        for (int l = 1; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) weights[k++] = net.weightStart(l) + j * sizes[l - 1] + i;
            }
        }
        layout.build(weights, nodes);
        k = 0;
        for (int l = 1; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                int to = net.nodeStart(l) + j;
                for (int i = 0; i < sizes[l - 1]; i++) {
                    int from = net.nodeStart(l - 1) + i;
                    layout.placeLink(k++, x[from] + side, y[from] + side / 2, x[to], y[to] + side / 2);
                }
            }
        }
        for (int i = 0; i < nodes; i++) layout.placeNode(i, x[i], y[i], side);
        layout.width = width;
        layout.height = HEIGHT;
        layout.ratio = Dom.pixelRatio();
        layout.linkScale = LINK_SCALE;
        layout.byGradient = linkColours.byGradient();
        canvas.getStyle().setProperty("width", width + "px");
        canvas.getStyle().setProperty("height", HEIGHT + "px");
        painter.setLayout(layout);
        inputs.setInnerHTML("");
        for (int i = 0; i < sizes[0]; i++) {
            HTMLElement input = Dom.el(inputs, "span", "compact-input");
            input.getStyle().setProperty("left", x[i] + "px");
            input.getStyle().setProperty("top", y[i] + "px");
            input.getStyle().setProperty("width", side + "px");
            input.getStyle().setProperty("height", side + "px");
        }
        paint(engine.pictureFrame());
    }

    private void colourLinks() {
        if (placedWidth <= 0) return;  // hidden: place() takes the choice when the strip shows
        layout.byGradient = linkColours.byGradient();
        painter.setLayout(layout);
        paint(engine.pictureFrame());
    }

    private void paint(Frame f) {
        if (placedWidth <= 0 || strip.getClientWidth() <= 0) return;
        if (f == null || !painter.fits(f.weights.length, f.biases.length)) {
            painter.clear();
            return;
        }
        painter.paint(f.weights, f.linkGradients, f.thumbs, f.firstThumbNode, theme.palette());
    }

    @JSBody(params = "e", script = "e.scrollIntoView({block: 'start'}); e.focus({preventScroll: true});")
    private static native void scrollToAndFocus(JSObject e);
}
