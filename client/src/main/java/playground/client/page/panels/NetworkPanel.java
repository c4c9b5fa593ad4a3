package playground.client.page.panels;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Frame;
import playground.client.page.PageState;
import playground.client.ui.Dom;
import playground.client.ui.HoverCard;
import playground.client.ui.I18n;
import playground.config.Config;
import playground.config.Limits;
import playground.config.Schema;
import playground.nn.Activation;
import playground.nn.Network;
import playground.nn.OutputKind;

/**
 * The network diagram: the feature column, a column per hidden layer with its +/- buttons, the
 * output neurons, and the links between them, painted on a {@link DiagramCanvas}. Hovering and
 * editing are the {@link NetworkInspector}'s.
 */
public final class NetworkPanel {
    private final PageState state;
    private final EngineClient engine;
    private final ThemeSwitch theme;
    private final I18n i18n;
    private final NetworkInspector inspector;
    private final HTMLElement layersText;
    private final HTMLElement area;
    private final FeaturesPanel features;
    private final HTMLElement columns;
    private final DiagramCanvas diagram;
    private final LinkColours linkColours = new LinkColours();
    private String shape = "";
    private boolean built;
    /** Index arithmetic only (node and weight positions); its numbers are never used. */
    private Network layout;
    private HTMLElement[] nodes = new HTMLElement[0];
    private final List<HTMLElement> neuronCounts = new ArrayList<>();
    private int[] linkFrom = new int[0];
    private int[] linkTo = new int[0];

    public NetworkPanel(HTMLElement parent, PageState state, EngineClient engine, ThemeSwitch theme, I18n i18n,
            HoverCard card, ParameterEditor editor) {
        this.state = state;
        this.engine = engine;
        this.theme = theme;
        this.i18n = i18n;

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
        diagram = new DiagramCanvas(area, engine);
        columns = Dom.el(area, "div", "network-columns");
        HTMLElement inputColumn = Dom.el(columns, "div", "net-column inputs");
        Dom.el(inputColumn, "div", "column-head");
        features = new FeaturesPanel(inputColumn, state, engine, i18n, card);
        inspector = new NetworkInspector(state, engine, i18n, card, editor, diagram);
        HTMLElement legend = Dom.el(parent, "p", "hint network-legend about-text");
        legend.setAttribute("data-i18n", "network.legend");

        linkColours.onChange(this::colourLinks);
        state.listen((c, v) -> render());
        engine.onPictures(this::paint);
        theme.onChange(() -> paint(engine.pictureFrame()));
        i18n.onChange(this::renderTexts);
        Window.current().addEventListener("resize", e -> placeLinks());
        // Nodes also move without a window resize: a control hidden by the link or an embed, a
        // longer label in another language, a font arriving. Each moves some column's box.
        columnsMoved = Dom.resizeObserver(this::placeLinksSoon);
        render();
    }

    /** Places the links on the next animation frame, once however many boxes moved. */
    private void placeLinksSoon() {
        if (placePending) return;
        placePending = true;
        Window.requestAnimationFrame(t -> {
            placePending = false;
            placeLinks();
        });
    }

    /** What the links show, for every drawing of the network (the gradient view switches it). */
    public LinkColours linkColours() {
        return linkColours;
    }

    private void colourLinks() {
        diagram.setByGradient(linkColours.byGradient());
        diagram.commit(engine.pictureFrame(), theme.palette());
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

    private org.teavm.jso.JSObject columnsMoved;
    private boolean placePending;

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
                        () -> inspector.editNode(node));
                b.setAttribute("data-node", Integer.toString(node));
                Dom.on(b, "mousemove", e -> inspector.hoverNode(node, e.cast()));
                Dom.on(b, "mouseleave", e -> inspector.endNodeHover());
                nodes[node] = b;
            }
        }
        buildLinks(sizes);
        inspector.setStructure(layout, nodes, linkFrom, linkTo);
        i18n.apply(columns);
        for (int i = 0; i < columns.getChildren().getLength(); i++) {
            Dom.observe(columnsMoved, (HTMLElement) columns.getChildren().get(i));
        }
        // The page's first build is placed on the first frame (which lays the page out anyway), not
        // here, where measuring would lay out the half-built page; later builds are placed at once.
        if (built) placeLinks(); else placeLinksSoon();
        built = true;
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
        boolean[] shown = new boolean[nodes.length];
        double[] box = new double[4];
        for (int n = 0; n < nodes.length; n++) {
            Dom.bounds(area, nodes[n], box);
            shown[n] = box[2] > 0 || box[3] > 0; // a hidden control has no box
            left[n] = box[0];
            right[n] = box[0] + box[2];
            middle[n] = box[3] / 2 + box[1];
            if (n >= layout.inputCount()) diagram.placeNode(n, box[0] + 1, box[1] + 1, box[2] - 2);
        }
        for (int k = 0; k < diagram.count(); k++) {
            if (shown[linkFrom[k]] && shown[linkTo[k]]) {
                diagram.placeLink(k, right[linkFrom[k]], middle[linkFrom[k]], left[linkTo[k]], middle[linkTo[k]]);
            } else {
                diagram.hideLink(k);
            }
        }
        diagram.commit(engine.pictureFrame(), theme.palette());
    }

    private void renderTexts() {
        int[] hidden = state.config().hiddenLayers;
        layersText.setTextContent(i18n.t(hidden.length == 1 ? "network.hiddenLayer" : "network.hiddenLayers",
                hidden.length));
        for (int i = 0; i < neuronCounts.size() && i < hidden.length; i++) {
            neuronCounts.get(i).setTextContent(i18n.t(hidden[i] == 1 ? "network.neuron" : "network.neurons",
                    hidden[i]));
        }
        for (int n = layout.inputCount(); n < nodes.length; n++) nodes[n].setAttribute("aria-label", inspector.nodeName(n));
    }

    // ---------------------------------------------------------------- every frame

    private void paint(Frame f) {
        if (layout != null) diagram.paint(f, theme.palette());
    }

}
