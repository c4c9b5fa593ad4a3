package playground.client.page.panels;

import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Frame;
import playground.client.engine.TrainingHistory;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.client.ui.LossText;

/**
 * The training in words, for readers who cannot see the canvases: one sentence with the epoch,
 * both losses and the test accuracy (R² for regression), in a polite live region that screen
 * readers announce when they are idle. The output picture and the loss chart point to it as
 * their description. While training it changes at most every few seconds, so that a reader
 * hears whole sentences rather than a stream of numbers; when training stops (pause, a step, a
 * reset) it says the state at once. The gradient chart is described the same way (each layer's
 * latest gradient size), quietly: a reader who reaches the chart hears it, nobody is interrupted.
 */
public final class TrainingSummary {
    /** The calmest rate at which a live region is still useful: one sentence, then quiet. */
    private static final double WHILE_PLAYING_MS = 4000;

    private final EngineClient engine;
    private final I18n i18n;
    private final HTMLElement text;
    private final HTMLElement gradients;
    private double lastSaid = -1e9;

    public TrainingSummary(HTMLElement parent, HTMLElement gradientParent, EngineClient engine, I18n i18n) {
        this.engine = engine;
        this.i18n = i18n;
        text = Dom.el(parent, "p", "visually-hidden");
        text.setId("training-summary");
        text.setAttribute("role", "status");
        text.setAttribute("aria-live", "polite");
        text.setAttribute("aria-atomic", "true");
        gradients = Dom.el(gradientParent, "p", "visually-hidden");
        gradients.setId("gradient-summary");
        describe("output-canvas", text);
        describe("loss-chart", text);
        describe("gradient-chart", gradients);
        engine.onFrame(f -> {
            if (!engine.playing() || Js.now() - lastSaid >= WHILE_PLAYING_MS) say();
        });
        engine.onPlayChange(this::say);
        i18n.onChange(this::say);
    }

    private void say() {
        Frame f = engine.frame();
        if (f == null) return;
        lastSaid = Js.now();
        String test = LossText.of(f.testLoss, 3, i18n);
        String train = LossText.of(f.trainLoss, 3, i18n);
        String sentence = f.regression
                ? i18n.t("summary.regression", f.epoch, test, train, Js.fixed(f.r2Test, 3))
                : i18n.t("summary.classification", f.epoch, test, train,
                        f.accuracyTest == f.accuracyTest ? Js.fixed(f.accuracyTest * 100, 1) : "–");
        Dom.setText(text, sentence);
        Dom.setText(gradients, gradientSentence());
    }

    /** Each layer's gradient size in the last epoch trained, or nothing before the first. */
    private String gradientSentence() {
        TrainingHistory h = engine.history();
        int rows = h.gradRows();
        if (rows == 0) return "";
        StringBuilder sizes = new StringBuilder();
        for (int l = 0; l < h.gradWidth(); l++) {
            if (l > 0) sizes.append(i18n.t("summary.separator"));
            sizes.append(GradientPanel.layerName(i18n, l, h.gradWidth())).append(' ')
                    .append(Js.precision(h.grad(rows - 1, l), 3));
        }
        return i18n.t("summary.gradients", rows, sizes.toString());
    }

    private static void describe(String id, HTMLElement description) {
        HTMLElement described = Dom.byId(id);
        if (described != null) described.setAttribute("aria-describedby", description.getId());
    }
}
