package playground.client.sharing;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Frame;
import playground.client.engine.TrainingHistory;
import playground.client.page.PageState;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.client.ui.LossText;
import playground.config.Goal;
import playground.core.Numbers;

/**
 * A challenge (docs/sharing.md): the goal of the link or saved experiment in words, each part with a
 * mark saying whether it holds right now, checked live after every epoch; when every part holds
 * at one epoch the panel says so plainly ("Goal reached at epoch 57"), and stays so for this run.
 * The check goes through the loss history, so an epoch trained between two frames is not missed.
 */
final class GoalPanel {
    private final PageState state;
    private final EngineClient engine;
    private final I18n i18n;
    private final HTMLElement box;
    private final HTMLElement summary;
    private final HTMLElement list;
    private final HTMLElement status;

    private Goal goal;
    private int[] layers = new int[0];
    /** The last history entry (= epoch) checked in this run, and the first epoch the goal was met, or -1. */
    private int checkedUpTo;
    private int reachedAt = -1;
    private final List<Runnable> reachedListeners = new ArrayList<>();

    GoalPanel(HTMLElement parent, PageState state, EngineClient engine, I18n i18n) {
        this.state = state;
        this.engine = engine;
        this.i18n = i18n;
        box = Dom.el(parent, "section", "goal-panel");
        box.setId("goal-panel");
        box.setAttribute("aria-labelledby", "goal-heading");
        Dom.text(box, "h2", null, "goal.heading").setId("goal-heading");
        summary = Dom.el(box, "p", "goal-summary");
        summary.setId("goal-summary");
        list = Dom.el(box, "ul", "goal-parts");
        status = Dom.el(box, "p", "goal-status");
        status.setId("goal-status");
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");

        state.listen((oldConfig, oldView) -> {
            boolean goalChanged = !same(oldView.goal, state.view().goal);
            boolean shapeChanged = !java.util.Arrays.equals(oldConfig.hiddenLayers, state.config().hiddenLayers);
            if (goalChanged || shapeChanged) restart();
        });
        engine.onPoints(p -> restart());  // a new run: data, weights and history start again
        engine.onFrame(f -> update());
        i18n.onChange(this::render);
        restart();
    }

    private static boolean same(Goal a, Goal b) {
        return a == null ? b == null : a.equals(b);
    }

    private void restart() {
        goal = state.view().goal;
        layers = state.config().hiddenLayers;
        checkedUpTo = 0;
        reachedAt = -1;
        update();
    }

    /** Checks every epoch not yet checked (entry 0 is the untrained network: it wins nothing). */
    private void update() {
        if (goal != null) {
            TrainingHistory h = engine.history();
            if (h.size() - 1 < checkedUpTo) {  // the history started again
                checkedUpTo = 0;
                reachedAt = -1;
            }
            boolean before = reachedAt >= 0;
            for (int epoch = checkedUpTo + 1; epoch < h.size() && reachedAt < 0; epoch++) {
                if (goal.isMetBy(h.train(epoch), h.test(epoch), layers.length, neurons(), epoch)) reachedAt = epoch;
            }
            checkedUpTo = Math.max(checkedUpTo, h.size() - 1);
            if (!before && reachedAt >= 0) reachedListeners.forEach(Runnable::run);
        }
        render();
    }

    private int neurons() {
        int n = 0;
        for (int width : layers) n += width;
        return n;
    }

    /** Hears when the goal is first reached in a run (once per run). */
    void onReached(Runnable listener) {
        reachedListeners.add(listener);
    }

    /** Whether the goal was reached in this run (the success message shows). */
    boolean reached() {
        return reachedAt >= 0;
    }

    private void render() {
        box.setHidden(goal == null);
        if (goal == null) return;
        Frame f = engine.frame();
        int epoch = f == null ? 0 : f.epoch;
        double train = f == null ? Double.NaN : f.trainLoss;
        double test = f == null ? Double.NaN : f.testLoss;

        List<String> words = new ArrayList<>();
        list.clear();
        if (goal.testLossBelow != null) {
            words.add(part("goal.testLossBelow", number(goal.testLossBelow), test < goal.testLossBelow, loss(test, f)));
        }
        if (goal.trainLossBelow != null) {
            words.add(part("goal.trainLossBelow", number(goal.trainLossBelow), train < goal.trainLossBelow, loss(train, f)));
        }
        if (goal.trainTestGapBelow != null) {
            double gap = Math.abs(test - train);
            words.add(part("goal.trainTestGapBelow", number(goal.trainTestGapBelow), gap < goal.trainTestGapBelow,
                    loss(gap, f)));
        }
        if (goal.maxLayers != null) {
            words.add(part("goal.maxLayers", Integer.toString(goal.maxLayers), layers.length <= goal.maxLayers,
                    Integer.toString(layers.length)));
        }
        if (goal.maxNeurons != null) {
            words.add(part("goal.maxNeurons", Integer.toString(goal.maxNeurons), neurons() <= goal.maxNeurons,
                    Integer.toString(neurons())));
        }
        if (goal.withinEpochs != null) {
            words.add(part("goal.withinEpochs", Integer.toString(goal.withinEpochs), epoch <= goal.withinEpochs,
                    Integer.toString(epoch)));
        }
        setText(summary, i18n.t("goal.summary", String.join(i18n.t("goal.and"), words)));

        Dom.toggleClass(box, "reached", reachedAt >= 0);
        boolean missed = reachedAt < 0 && goal.withinEpochs != null && epoch > goal.withinEpochs;
        Dom.toggleClass(box, "missed", missed);
        if (reachedAt >= 0) {
            setText(status, i18n.t("goal.reached", reachedAt));
        } else if (missed) {
            setText(status, i18n.t("goal.missed", goal.withinEpochs));
        } else {
            setText(status, i18n.t("goal.notYet"));
        }
        status.setAttribute("data-reached", reachedAt >= 0 ? "true" : "false");
    }

    /** Adds the part to the list with its mark and current value; returns its words for the summary. */
    private String part(String key, String limit, boolean holds, String now) {
        String words = i18n.t(key, limit);
        HTMLElement item = Dom.el(list, "li", holds ? "holds" : "fails");
        item.setAttribute("data-part", key.substring("goal.".length()));
        HTMLElement mark = Dom.el(item, "span", "goal-mark");
        mark.setAttribute("aria-hidden", "true");
        mark.setTextContent(holds ? "✓" : "✗");
        Dom.el(item, "span", null).setTextContent(words);
        Dom.el(item, "span", "goal-now").setTextContent(i18n.t("goal.now", now));
        Dom.el(item, "span", "visually-hidden").setTextContent(i18n.t(holds ? "goal.holds" : "goal.fails"));
        return words;
    }

    private static String number(double x) {
        return Numbers.format(x);
    }

    /** "–" before the first frame; then the loss, or "diverged" once it is not a finite number. */
    private String loss(double x, Frame f) {
        return f == null ? "–" : LossText.of(x, 3, i18n);
    }

    /** Writes text only when it changes, so that the live region speaks only news. */
    private static void setText(HTMLElement e, String text) {
        if (!text.equals(e.getTextContent())) e.setTextContent(text);
    }
}
