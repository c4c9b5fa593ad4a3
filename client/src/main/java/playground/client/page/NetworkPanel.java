package playground.client.page;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.config.Config;
import playground.config.Limits;
import playground.config.Schema;
import playground.nn.Activation;
import playground.nn.Network;
import playground.nn.OutputKind;

/**
 * The network diagram: the feature column, a column per hidden layer with its +/- buttons, the
 * output neurons, and the links between them. Every neuron shows its picture; hovering shows it
 * large with the bias, hovering a link shows its weight, and clicking either lets you type a
 * new value, which the worker applies to the network.
 */
final class NetworkPanel {
    private final PageState state;
    private final EngineClient engine;
    private final ThemeSwitch theme;
    private final I18n i18n;
    private final HoverCard card;
    private final ParameterEditor editor;
    private final HTMLElement layersText;
    private final HTMLElement area;
    private final FeaturesPanel features;
    private final HTMLElement columns;
    private final DiagramCanvas diagram;
    private String shape = "";
    /** Index arithmetic only (node and weight positions); its numbers are never used. */
    private Network layout;
    private HTMLElement[] nodes = new HTMLElement[0];
    private final List<HTMLElement> neuronCounts = new ArrayList<>();
    private int[] linkFrom = new int[0];
    private int[] linkTo = new int[0];
    private boolean gradientMode;
    private int hoveredLink = -1;
    private int hoveredNode = -1;

    NetworkPanel(HTMLElement parent, PageState state, EngineClient engine, ThemeSwitch theme, I18n i18n,
            HoverCard card, ParameterEditor editor) {
        this.state = state;
        this.engine = engine;
        this.theme = theme;
        this.i18n = i18n;
        this.card = card;
        this.editor = editor;

        HTMLElement head = Dom.el(parent, "div", "network-head");
        HTMLElement featureHead = Dom.el(head, "div", "features-head");
        Dom.text(featureHead, "h2", null, "features.heading");
        Dom.text(featureHead, "p", "hint about-text", "features.which");
        HTMLElement layerHead = Dom.el(head, "div", "layers-head");
        layerHead.setAttribute("data-control", Schema.HIDDEN_LAYERS);
        Dom.iconButton(layerHead, "icon-button small", "+", "network.addLayer", () -> changeLayers(+1));
        Dom.iconButton(layerHead, "icon-button small", "−", "network.removeLayer", () -> changeLayers(-1));
        layersText = Dom.el(layerHead, "h2", "layers-text");
        layersText.setId("layers-text");

        area = Dom.el(parent, "div", "network");
        diagram = new DiagramCanvas(area);
        columns = Dom.el(area, "div", "network-columns");
        HTMLElement inputColumn = Dom.el(columns, "div", "net-column inputs");
        Dom.el(inputColumn, "div", "column-head");
        features = new FeaturesPanel(inputColumn, state, engine, i18n, card);
        HTMLElement legend = Dom.el(parent, "p", "hint network-legend about-text");
        legend.setAttribute("data-i18n", "network.legend");

        Dom.on(diagram.element(), "mousemove", e -> hoverLink(e.cast()));
        Dom.on(diagram.element(), "mouseleave", e -> endLinkHover());
        Dom.on(diagram.element(), "click", e -> clickLink(e.cast()));
        state.listen((c, v) -> render());
        engine.onPictures(this::paint);
        engine.onFrame(f -> {
            if (hoveredLink >= 0 && card.isOpenFor(diagram)) fillLinkCard(hoveredLink);
        });
        theme.onChange(() -> paint(engine.pictureFrame()));
        i18n.onChange(this::renderTexts);
        Window.current().addEventListener("resize", e -> placeLinks());
        render();
    }

    /** Colours links by their gradients instead of their weights (the gradient view). */
    void setGradientMode(boolean on) {
        gradientMode = on;
        paint(engine.pictureFrame());
    }

    // ---------------------------------------------------------------- structure

    private void changeLayers(int delta) {
        int[] hidden = state.config().hiddenLayers();
        int n = Math.max(0, Math.min(Limits.BROWSER.maxLayers, hidden.length + delta));
        List<Integer> next = new ArrayList<>();
        for (int i = 0; i < n; i++) next.add(i < hidden.length ? hidden[i] : 2);
        state.change(Schema.HIDDEN_LAYERS, next, PageState.Push.PUSH);
    }

    private void changeNeurons(int layer, int delta) {
        int[] hidden = state.config().hiddenLayers();
        List<Integer> next = new ArrayList<>();
        for (int i = 0; i < hidden.length; i++) {
            next.add(i == layer ? Math.max(1, Math.min(Limits.BROWSER.maxWidth, hidden[i] + delta)) : hidden[i]);
        }
        state.change(Schema.HIDDEN_LAYERS, next, PageState.Push.PUSH);
    }

    private void render() {
        Config c = state.config();
        String next = String.join(",", c.features) + "|" + java.util.Arrays.toString(c.hiddenLayers) + "|"
                + c.numOutputs() + c.activation;
        if (!next.equals(shape)) {
            shape = next;
            build(c);
        }
        renderTexts();
    }

    private void build(Config c) {
        int[] sizes = new int[c.hiddenLayers.length + 2];
        sizes[0] = c.features.length;
        System.arraycopy(c.hiddenLayers, 0, sizes, 1, c.hiddenLayers.length);
        sizes[sizes.length - 1] = c.numOutputs();
        layout = new Network(sizes, Activation.byName(c.activation), OutputKind.of(c.isRegression(), c.classes));
        while (columns.getChildren().getLength() > 1) columns.removeChild(columns.getLastChild());
        nodes = new HTMLElement[layout.nodeCount()];
        neuronCounts.clear();
        for (int i = 0; i < sizes[0]; i++) nodes[i] = features.node(c.features[i]);
        for (int l = 1; l < sizes.length; l++) {
            boolean output = l == sizes.length - 1;
            HTMLElement column = Dom.el(columns, "div", output ? "net-column outputs" : "net-column");
            HTMLElement head = Dom.el(column, "div", "column-head");
            if (!output) {
                head.setAttribute("data-control", Schema.HIDDEN_LAYERS);
                int layer = l - 1;
                HTMLElement buttons = Dom.el(head, "div", "neuron-buttons");
                Dom.iconButton(buttons, "icon-button tiny", "+", "network.addNeuron", () -> changeNeurons(layer, +1));
                Dom.iconButton(buttons, "icon-button tiny", "−", "network.removeNeuron", () -> changeNeurons(layer, -1));
                neuronCounts.add(Dom.el(head, "span", "neuron-count"));
            } else {
                Dom.text(head, "span", "neuron-count", "network.output");
            }
            for (int j = 0; j < sizes[l]; j++) {
                int node = layout.nodeStart(l) + j;
                HTMLButtonElement b = Dom.button(column, output ? "node neuron output-node" : "node neuron", null,
                        () -> openNodeEditor(node));
                b.setAttribute("data-node", Integer.toString(node));
                Dom.on(b, "mousemove", e -> hoverNode(node, e.cast()));
                Dom.on(b, "mouseleave", e -> endNodeHover());
                nodes[node] = b;
            }
        }
        buildLinks(sizes);
        i18n.apply(columns);
        placeLinks();
    }

    private void buildLinks(int[] sizes) {
        int count = layout.weights.length;
        int[] weightIndex = new int[count];
        linkFrom = new int[count];
        linkTo = new int[count];
        int k = 0;
        for (int l = 1; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) {
                    weightIndex[k] = layout.weightStart(l) + j * sizes[l - 1] + i;
                    linkFrom[k] = layout.nodeStart(l - 1) + i;
                    linkTo[k] = layout.nodeStart(l) + j;
                    k++;
                }
            }
        }
        diagram.build(weightIndex, layout.nodeCount());
    }

    /** Places every link between the right edge of its source and the left edge of its target. */
    private void placeLinks() {
        if (layout == null) return;
        diagram.resize(area.getScrollWidth(), area.getClientHeight());
        double[] left = new double[nodes.length];
        double[] right = new double[nodes.length];
        double[] middle = new double[nodes.length];
        double[] box = new double[4];
        for (int n = 0; n < nodes.length; n++) {
            bounds(area, nodes[n], box);
            left[n] = box[0];
            right[n] = box[0] + box[2];
            middle[n] = box[3] / 2 + box[1];
            if (n >= layout.inputCount()) diagram.placeNode(n, box[0] + 1, box[1] + 1, box[2] - 2);
        }
        for (int k = 0; k < diagram.count(); k++) {
            diagram.placeLink(k, right[linkFrom[k]], middle[linkFrom[k]], left[linkTo[k]], middle[linkTo[k]]);
        }
        paint(engine.pictureFrame());
    }

    private void renderTexts() {
        int[] hidden = state.config().hiddenLayers;
        layersText.setTextContent(i18n.t(hidden.length == 1 ? "network.hiddenLayer" : "network.hiddenLayers",
                hidden.length));
        for (int i = 0; i < neuronCounts.size() && i < hidden.length; i++) {
            neuronCounts.get(i).setTextContent(i18n.t(hidden[i] == 1 ? "network.neuron" : "network.neurons",
                    hidden[i]));
        }
        for (int n = layout.inputCount(); n < nodes.length; n++) nodes[n].setAttribute("aria-label", nodeName(n));
    }

    // ---------------------------------------------------------------- every frame

    private void paint(Frame f) {
        if (layout == null) return;
        boolean fits = f != null && f.weights.length == layout.weights.length && f.biases.length == layout.nodeCount();
        diagram.paint(fits ? f : null, gradientMode, theme.palette());
    }

    // ---------------------------------------------------------------- hover and edit

    private String nodeName(int node) {
        int layer = layerOf(node);
        int index = node - layout.nodeStart(layer) + 1;
        if (layer == 0) return playground.nn.Feature.byName(state.config().features[node]).label;
        if (layer == layout.layers() - 1) {
            return layout.outputCount() == 1 ? i18n.t("network.outputNeuron") : i18n.t("network.outputClass", index);
        }
        return i18n.t("network.neuronName", index, layer);
    }

    private int layerOf(int node) {
        int l = 0;
        while (l + 1 < layout.layers() && node >= layout.nodeStart(l + 1)) l++;
        return l;
    }

    private int linkUnder(MouseEvent e) {
        double[] box = new double[4];
        viewportBounds(diagram.element(), box);
        return diagram.linkAt(e.getClientX() - box[0], e.getClientY() - box[1]);
    }

    private void hoverLink(MouseEvent e) {
        int link = linkUnder(e);
        Dom.toggleClass(diagram.element(), "over-link", link >= 0);
        if (link < 0) {
            endLinkHover();
            return;
        }
        hoveredLink = link;
        fillLinkCard(link);
        card.showAt(e.getClientX(), e.getClientY());
    }

    private void fillLinkCard(int link) {
        Frame f = engine.frame();
        HTMLElement content = card.open(diagram);
        int w = diagram.weightOf(link);
        Dom.el(content, "strong", null).setTextContent(i18n.t("network.weight") + " "
                + (f == null ? "–" : Js.precision(f.weights[w], 3)));
        Dom.el(content, "p", null).setTextContent(i18n.t("network.linkFromTo", nodeName(linkFrom[link]),
                nodeName(linkTo[link])));
        if (f != null) {
            Dom.el(content, "p", "muted").setTextContent(i18n.t("network.gradient") + " "
                    + Js.precision(f.linkGradients[w], 3));
        }
        Dom.el(content, "p", "muted").setTextContent(i18n.t("network.clickToEdit"));
    }

    private void endLinkHover() {
        hoveredLink = -1;
        card.hide(diagram);
    }

    private void clickLink(MouseEvent m) {
        int link = linkUnder(m);
        Frame f = engine.frame();
        if (link < 0 || f == null || state.view().isLocked(Schema.HIDDEN_LAYERS)) return;
        int w = diagram.weightOf(link);
        editor.begin(i18n.t("network.editWeight"), nodes[linkTo[link]]);
        editor.add(i18n.t("network.linkFromTo", nodeName(linkFrom[link]), nodeName(linkTo[link])), f.weights[w],
                v -> engine.setWeight(w, v));
        card.hide(diagram);
        editor.showAt(m.getClientX(), m.getClientY());
    }

    private void hoverNode(int node, MouseEvent e) {
        hoveredNode = node;
        Frame f = engine.frame();
        HTMLElement content = card.open(this);
        HTMLCanvasElement big = Dom.canvas(content, "card-picture", 136, 136);
        Frame pictures = engine.pictureFrame();
        if (pictures != null) diagram.drawNode(node, pictures.firstThumbNode, big);
        Dom.el(content, "strong", null).setTextContent(nodeName(node));
        Dom.el(content, "p", null).setTextContent(i18n.t("network.bias") + " "
                + (f == null ? "–" : Js.precision(f.biases[node], 3)));
        Dom.el(content, "p", "muted").setTextContent(i18n.t("network.clickToEditNode"));
        card.showAt(e.getClientX(), e.getClientY());
    }

    private void endNodeHover() {
        hoveredNode = -1;
        card.hide(this);
    }

    /** The bias and every incoming weight of a neuron, in one box: the keyboard's way to every parameter. */
    private void openNodeEditor(int node) {
        Frame f = engine.frame();
        if (f == null || f.biases.length != layout.nodeCount()) return;
        card.hide(this);
        int layer = layerOf(node);
        int j = node - layout.nodeStart(layer);
        editor.begin(nodeName(node), nodes[node]);
        editor.add(i18n.t("network.bias"), f.biases[node], v -> engine.setBias(node, v));
        int width = layout.size(layer - 1);
        for (int i = 0; i < width; i++) {
            int w = layout.weightStart(layer) + j * width + i;
            int from = layout.nodeStart(layer - 1) + i;
            editor.add(i18n.t("network.weightFrom", nodeName(from)), f.weights[w], v -> engine.setWeight(w, v));
        }
        double[] box = new double[4];
        viewportBounds(nodes[node], box);
        editor.showAt(box[0] + box[2] + 8, box[1]);
    }

    /** Left, top, width and height of {@code e} relative to {@code container}. */
    @JSBody(params = {"container", "e", "out"}, script =
            "const outerRect = container ? container.getBoundingClientRect() : {left: 0, top: 0};"
            + "const innerRect = e.getBoundingClientRect();"
            + "out[0] = innerRect.left - outerRect.left; out[1] = innerRect.top - outerRect.top;"
            + "out[2] = innerRect.width; out[3] = innerRect.height;")
    private static native void boundsJs(HTMLElement container, HTMLElement e, org.teavm.jso.JSObject out);

    private static void bounds(HTMLElement container, HTMLElement e, double[] out) {
        org.teavm.jso.typedarrays.Float64Array a = org.teavm.jso.typedarrays.Float64Array.create(4);
        boundsJs(container, e, a);
        for (int i = 0; i < 4; i++) out[i] = a.get(i);
    }

    private static void viewportBounds(HTMLElement e, double[] out) {
        bounds(null, e, out);
    }
}
