package playground.client.page.panels;

import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Frame;
import playground.client.page.PageState;
import playground.client.ui.Dom;
import playground.client.ui.HoverCard;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.config.Schema;
import playground.nn.Feature;
import playground.nn.Network;

/**
 * Looking into the network: hovering a link shows its weight and gradient, hovering a neuron its
 * picture large and its bias (the output's too); clicking a link lets you type its weight,
 * clicking a neuron (or pressing Enter on it) its bias and every incoming weight. The worker
 * applies the new values.
 */
final class NetworkInspector {
    private final PageState state;
    private final EngineClient engine;
    private final I18n i18n;
    private final HoverCard card;
    private final ParameterEditor editor;
    private final DiagramCanvas diagram;
    /** Index arithmetic only (node and weight positions); its numbers are never used. */
    private Network layout;
    private HTMLElement[] nodes = new HTMLElement[0];
    private int[] linkFrom = new int[0];
    private int[] linkTo = new int[0];
    private int hoveredLink = -1;

    NetworkInspector(PageState state, EngineClient engine, I18n i18n, HoverCard card, ParameterEditor editor,
            DiagramCanvas diagram) {
        this.state = state;
        this.engine = engine;
        this.i18n = i18n;
        this.card = card;
        this.editor = editor;
        this.diagram = diagram;
        Dom.on(diagram.element(), "mousemove", e -> hoverLink(e.cast()));
        Dom.on(diagram.element(), "mouseleave", e -> endLinkHover());
        Dom.on(diagram.element(), "click", e -> clickLink(e.cast()));
        engine.onFrame(f -> {
            if (hoveredLink >= 0 && card.isOpenFor(diagram)) fillLinkCard(hoveredLink);
        });
    }

    /** The diagram's new shape: its neuron buttons and, per link, the neurons it joins. */
    void setStructure(Network layout, HTMLElement[] nodes, int[] linkFrom, int[] linkTo) {
        this.layout = layout;
        this.nodes = nodes;
        this.linkFrom = linkFrom;
        this.linkTo = linkTo;
        hoveredLink = -1;
    }

    String nodeName(int node) {
        int layer = layerOf(node);
        int index = node - layout.nodeStart(layer) + 1;
        if (layer == 0) return Feature.byName(state.config().features[node]).label;
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
        Dom.bounds(null, diagram.element(), box);
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

    void hoverNode(int node, MouseEvent e) {
        Frame f = engine.frame();
        HTMLElement content = card.open(this);
        HTMLCanvasElement big = Dom.canvas(content, "card-picture", 136, 136);
        Frame pictures = engine.pictureFrame();
        if (pictures != null) diagram.drawNode(node, pictures, big);
        Dom.el(content, "strong", null).setTextContent(nodeName(node));
        Dom.el(content, "p", null).setTextContent(i18n.t("network.bias") + " "
                + (f == null ? "–" : Js.precision(f.biases[node], 3)));
        Dom.el(content, "p", "muted").setTextContent(i18n.t("network.clickToEditNode"));
        card.showAt(e.getClientX(), e.getClientY());
    }

    void endNodeHover() {
        card.hide(this);
    }

    /** The bias and every incoming weight of a neuron, in one box: the keyboard's way to every parameter. */
    void editNode(int node) {
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
        Dom.bounds(null, nodes[node], box);
        editor.showAt(box[0] + box[2] + 8, box[1]);
    }
}
