package playground.client.lessons;

import org.teavm.jso.dom.html.HTMLElement;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Js;

/**
 * L5, back-propagation: a 2-2-1 network with every number drawn; buttons step through the
 * forward pass, the loss, the backward pass (each gradient written as its chain-rule factors)
 * and the update; a table checks each gradient against central finite differences. The state
 * is {@link BackpropModel}'s.
 */
final class BackpropLesson {
    static final String NAME = "backprop";
    private static final String[] PARAMETER_NAMES = {"w₁₁", "w₁₂", "w₂₁", "w₂₂", "b₁", "b₂", "v₁", "v₂", "c"};
    private static final String[] SUB = {"₁", "₂"};

    private final HTMLElement root;
    private final LessonPage page;
    private final I18n i18n;
    private final BackpropModel model = new BackpropModel();
    private final BackpropDiagram diagram;
    private final HTMLElement stages, explanation, formula, iteration, chainBody, chainBox, updateBody, updateBox, checkBody;

    BackpropLesson(HTMLElement root, LessonPage page) {
        this.root = root;
        this.page = page;
        this.i18n = page.i18n;
        HTMLElement bar = Controls.bar(root);
        Controls.button(bar, "previous", "l5.previous", () -> {
            model.previous();
            render();
        });
        Controls.button(bar, "next", "l5.next", () -> {
            model.next();
            render();
        }).getClassList().add("primary");
        Controls.button(bar, "reset", "lessons.reset", () -> {
            model.reset();
            render();
        });
        iteration = Controls.readout(bar, "iteration", "l5.iteration");
        stages = Dom.el(root, "ol", "stages");
        stages.setAttribute("data-control", "stages");
        for (int s = 0; s < BackpropModel.STAGES; s++) Dom.text(stages, "li", null, "l5.stageName" + s);
        explanation = Dom.el(root, "p", "lesson-status stage-text");
        explanation.setAttribute("role", "status");
        formula = Dom.el(root, "p", "formula stage-formula");
        HTMLElement figure = Dom.el(root, "figure", "lesson-figure");
        diagram = new BackpropDiagram(new Plot(figure, "backprop-diagram", 0.42));
        diagram.plot.canvas.setAttribute("role", "img");
        diagram.plot.canvas.setAttribute("data-i18n-aria", "l5.diagramLabel");

        chainBox = Dom.el(root, "div", "table-box");
        chainBox.setAttribute("data-control", "chain");
        Dom.text(chainBox, "h3", "lesson-subhead", "l5.chainHeading");
        chainBody = table(chainBox, "chain-table", "l5.parameter", "l5.chainRule", "l5.factors", "l5.product");
        updateBox = Dom.el(root, "div", "table-box");
        Dom.text(updateBox, "h3", "lesson-subhead", "l5.updateHeading");
        updateBody = table(updateBox, "update-table", "l5.parameter", "l5.old", "l5.change", "l5.new");
        HTMLElement checkBox = Dom.el(root, "div", "table-box");
        checkBox.setAttribute("data-control", "check");
        Dom.text(checkBox, "h3", "lesson-subhead", "l5.checkHeading");
        Dom.text(checkBox, "p", "lesson-hint", "l5.checkText");
        checkBody = table(checkBox, "check-table", "l5.parameter", "l5.backprop", "l5.numeric", "l5.difference");

        page.onRedraw(this::render);
        page.onLanguageChange(this::render);
        render();
    }

    private static HTMLElement table(HTMLElement parent, String className, String... headKeys) {
        HTMLElement scroll = Dom.el(parent, "div", "table-scroll");
        HTMLElement table = Dom.el(scroll, "table", "lesson-table " + className);
        HTMLElement row = Dom.el(Dom.el(table, "thead", null), "tr", null);
        for (String key : headKeys) Dom.text(row, "th", null, key).setAttribute("scope", "col");
        return Dom.el(table, "tbody", null);
    }

    private static HTMLElement row(HTMLElement body, int parameter, String... cells) {
        HTMLElement tr = Dom.el(body, "tr", null);
        tr.setAttribute("data-param", PARAMETER_NAMES[parameter]);
        HTMLElement head = Dom.el(tr, "th", null);
        head.setAttribute("scope", "row");
        head.setTextContent(PARAMETER_NAMES[parameter]);
        for (String cell : cells) Dom.el(tr, "td", "numbers").setTextContent(cell);
        return tr;
    }

    private static String n(double v) {
        String s = Format.number(v, 4);
        return v < 0 ? "(" + s + ")" : s;
    }

    private void render() {
        int stage = model.stage();
        for (int s = 0; s < BackpropModel.STAGES; s++) {
            HTMLElement item = stages.getChildNodes().get(s).cast();
            if (s == stage) {
                item.setAttribute("aria-current", "step");
            } else {
                item.removeAttribute("aria-current");
            }
        }
        iteration.setTextContent(Integer.toString(model.iteration() + 1));
        explanation.setTextContent(i18n.t("l5.stage" + stage));
        formula.setTextContent(stageFormula(stage));
        diagram.draw(model, page.palette());
        chainTable(stage);
        updateBox.setHidden(stage != BackpropModel.UPDATE);
        updateTable();
        checkTable();
        root.setAttribute("data-stage", Integer.toString(stage));
        StringBuilder weights = new StringBuilder();
        for (int i = 0; i < model.at.weights.length; i++) weights.append(i > 0 ? "," : "").append(Format.exact(model.at.weights[i]));
        StringBuilder biases = new StringBuilder();
        for (int i = 2; i < model.at.biases.length; i++) biases.append(i > 2 ? "," : "").append(Format.exact(model.at.biases[i]));
        root.setAttribute("data-weights", weights.toString());
        root.setAttribute("data-biases", biases.toString());
        root.setAttribute("data-example", Format.exact(BackpropModel.X[0]) + "," + Format.exact(BackpropModel.X[1]) + ","
                + Format.exact(BackpropModel.Y));
    }

    private String stageFormula(int stage) {
        double error = model.prediction() - BackpropModel.Y;
        StringBuilder s = new StringBuilder();
        switch (stage) {
            case BackpropModel.START:
                return "x = (" + Format.number(BackpropModel.X[0], 2) + ", " + Format.number(BackpropModel.X[1], 2)
                        + ")    y = " + Format.number(BackpropModel.Y, 2) + "    η = " + Format.number(BackpropModel.RATE, 2);
            case BackpropModel.HIDDEN:
                for (int j = 0; j < 2; j++) {
                    s.append("z").append(SUB[j]).append(" = w").append(SUB[j]).append("₁·x₁ + w").append(SUB[j])
                            .append("₂·x₂ + b").append(SUB[j]).append(" = ").append(n(param(j * 2))).append("·")
                            .append(n(BackpropModel.X[0])).append(" + ").append(n(param(j * 2 + 1))).append("·")
                            .append(n(BackpropModel.X[1])).append(" + ").append(n(param(4 + j))).append(" = ")
                            .append(Format.number(model.z(j), 4)).append("    a").append(SUB[j]).append(" = σ(z")
                            .append(SUB[j]).append(") = ").append(Format.number(model.a(j), 4)).append('\n');
                }
                return s.toString().trim();
            case BackpropModel.OUTPUT:
                return "ŷ = v₁·a₁ + v₂·a₂ + c = " + n(param(6)) + "·" + n(model.a(0)) + " + " + n(param(7)) + "·"
                        + n(model.a(1)) + " + " + n(param(8)) + " = " + Format.number(model.prediction(), 4);
            case BackpropModel.LOSS:
                return "L = ½·(ŷ − y)² = ½·(" + Format.number(model.prediction(), 4) + " − " + Format.number(BackpropModel.Y, 2)
                        + ")² = " + Format.number(model.loss(), 5);
            case BackpropModel.BACK_OUTPUT:
                return "∂L/∂ŷ = ŷ − y = " + Format.number(error, 4) + "    ∂ŷ/∂v₁ = a₁, ∂ŷ/∂v₂ = a₂, ∂ŷ/∂c = 1";
            case BackpropModel.BACK_HIDDEN:
                for (int j = 0; j < 2; j++) {
                    s.append("∂L/∂z").append(SUB[j]).append(" = (ŷ − y)·v").append(SUB[j]).append("·σ'(z").append(SUB[j])
                            .append(") = ").append(n(error)).append("·").append(n(param(6 + j))).append("·")
                            .append(n(model.slope(j))).append(" = ").append(Format.number(model.gradient(4 + j), 5))
                            .append('\n');
                }
                return s.append("σ'(z) = σ(z)·(1 − σ(z))").toString();
            default:
                return "p ← p − η·∂L/∂p    (η = " + Format.number(BackpropModel.RATE, 2) + ")";
        }
    }

    /** A parameter at the weights the gradient is taken at. */
    private double param(int p) {
        return BackpropModel.value(model.at, p);
    }

    private void chainTable(int stage) {
        chainBody.setInnerHTML("");
        boolean outputKnown = stage >= BackpropModel.BACK_OUTPUT;
        boolean hiddenKnown = stage >= BackpropModel.BACK_HIDDEN;
        Dom.toggleClass(chainBox, "waiting", !outputKnown);
        if (!outputKnown) {
            waiting(chainBody, "l5.chainWaiting");
            return;
        }
        double error = model.prediction() - BackpropModel.Y;
        for (int j = 0; j < 2; j++) {
            row(chainBody, 6 + j, "(ŷ − y) · a" + SUB[j], n(error) + " · " + n(model.a(j)),
                    Format.number(error * model.a(j), 6));
        }
        row(chainBody, 8, "(ŷ − y) · 1", n(error) + " · 1", Format.number(error, 6));
        if (!hiddenKnown) return;
        for (int j = 0; j < 2; j++) {
            double v = param(6 + j);
            double slope = model.slope(j);
            for (int i = 0; i < 2; i++) {
                double x = BackpropModel.X[i];
                double product = error * v * slope * x;
                row(chainBody, j * 2 + i, "(ŷ − y) · v" + SUB[j] + " · σ'(z" + SUB[j] + ") · x" + SUB[i],
                        n(error) + " · " + n(v) + " · " + n(slope) + " · " + n(x), Format.number(product, 6));
            }
            row(chainBody, 4 + j, "(ŷ − y) · v" + SUB[j] + " · σ'(z" + SUB[j] + ") · 1",
                    n(error) + " · " + n(v) + " · " + n(slope) + " · 1", Format.number(error * v * slope, 6));
        }
    }

    /** A table's one row while its numbers are not known yet, in words (set here: the page translated it once only). */
    private void waiting(HTMLElement body, String key) {
        HTMLElement td = Dom.el(Dom.el(body, "tr", null), "td", "muted");
        td.setAttribute("colspan", "4");
        td.setTextContent(i18n.t(key));
    }

    private void updateTable() {
        updateBody.setInnerHTML("");
        if (model.stage() != BackpropModel.UPDATE) return;
        for (int p = 0; p < BackpropModel.PARAMETERS; p++) {
            row(updateBody, p, Format.number(param(p), 5), "− " + Format.number(BackpropModel.RATE, 2) + " · "
                    + n(model.gradient(p)), Format.number(BackpropModel.value(model.net, p), 5));
        }
    }

    /** The check compares back-propagation's answers: none before the backward pass has reached every weight. */
    private void checkTable() {
        checkBody.setInnerHTML("");
        if (model.stage() < BackpropModel.BACK_HIDDEN) {
            waiting(checkBody, "l5.checkWaiting");
            return;
        }
        for (int p = 0; p < BackpropModel.PARAMETERS; p++) {
            double g = model.gradient(p);
            double fd = model.finiteDifference(p);
            HTMLElement tr = row(checkBody, p, Format.number(g, 8), Format.number(fd, 8), Js.precision(Math.abs(g - fd), 2));
            tr.getChildNodes().get(1).<HTMLElement>cast().getClassList().add("backprop");
            tr.getChildNodes().get(2).<HTMLElement>cast().getClassList().add("numeric");
        }
    }
}
