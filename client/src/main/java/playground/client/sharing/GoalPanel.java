package playground.client.sharing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Experiment;
import playground.client.engine.Frame;
import playground.client.engine.TrainingHistory;
import playground.client.ui.Dom;
import playground.client.ui.Fold;
import playground.client.ui.I18n;
import playground.client.ui.LossText;
import playground.config.Goal;
import playground.config.GoalProgress;
import playground.core.Numbers;

/**
 * A challenge (docs/sharing.md): the goal of the link or saved experiment in words. A goal of
 * several tasks (the crash course's "below 0.35, then below 0.2") is a numbered list, each task
 * ticked in turn when all its parts hold. Until a task is ticked its parts show live marks and
 * values; once ticked they show as met at that epoch, so the card never says "reached" beside a
 * part marked as failing. One verdict below: reached at an epoch, missed, or not yet.
 * The check goes through the loss history, so an epoch trained between two frames is not missed.
 * Held sideways, a phone shows the verdict alone, the goal's parts behind a "Details" toggle.
 *
 * <p>Other parts of the page follow the challenge with {@link #onGoalMet} and {@link #progress}.
 */
public final class GoalPanel {
    /** Told once per run, at the epoch the whole goal is met. */
    public interface GoalMetListener {
        void goalMet(GoalProgress progress);
    }

    private final Experiment state;
    private final EngineClient engine;
    private final I18n i18n;
    private final HTMLElement box;
    private final HTMLElement summary;
    private final HTMLElement list;
    private final HTMLElement status;
    private final List<GoalMetListener> listeners = new ArrayList<>();

    private Goal goal;
    private int[] layers = new int[0];
    /** This run's progress towards the goal; null without a goal. */
    private GoalProgress progress;
    private final List<Runnable> reachedListeners = new ArrayList<>();

    GoalPanel(HTMLElement parent, Experiment state, EngineClient engine, I18n i18n) {
        this.state = state;
        this.engine = engine;
        this.i18n = i18n;
        box = Dom.el(parent, "section", "goal-panel");
        box.setId("goal-panel");
        box.setAttribute("aria-labelledby", "goal-heading");
        Dom.text(box, "h2", null, "goal.heading").setId("goal-heading");
        summary = Dom.el(box, "p", "goal-summary");
        summary.setId("goal-summary");
        list = Dom.el(box, "ol", "goal-tasks");
        status = Dom.el(box, "p", "goal-status");
        status.setId("goal-status");
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");
        // A phone held sideways shows the card as one line, the verdict and this toggle for the
        // goal's parts (css), so that play, the picture and the verdict share the first screen.
        new Fold(box, box, null, "goal", "goal.details", false);

        state.listen((oldConfig, oldView) -> {
            boolean goalChanged = !same(oldView.goal, state.view().goal);
            boolean shapeChanged = !Arrays.equals(oldConfig.hiddenLayers, state.config().hiddenLayers);
            if (goalChanged || shapeChanged) restart();
        });
        engine.onPoints(p -> restart());  // a new run: data, weights and history start again
        engine.onFrame(f -> update());
        i18n.onChange(this::render);
        restart();
    }

    /** Calls {@code listener} each time a run meets the whole goal (once per run). */
    public void onGoalMet(GoalMetListener listener) {
        listeners.add(listener);
    }

    /**
     * This run's progress: which tasks and parts are met, and at which epoch each first was
     * ({@link GoalProgress#taskMetAt}, {@link GoalProgress#partMetAt}); null when there is no goal.
     */
    public GoalProgress progress() {
        return progress;
    }

    private static boolean same(Goal a, Goal b) {
        return a == null ? b == null : a.equals(b);
    }

    private void restart() {
        goal = state.view().goal;
        layers = state.config().hiddenLayers;
        progress = goal == null ? null : new GoalProgress(goal, layers.length, neurons());
        update();
    }

    /** Checks every epoch not yet checked (entry 0 is the untrained network: it wins nothing). */
    private void update() {
        if (progress != null) {
            TrainingHistory h = engine.history();
            if (h.size() - 1 < progress.lastEpoch()) {  // the history started again
                progress = new GoalProgress(goal, layers.length, neurons());
            }
            for (int epoch = progress.lastEpoch() + 1; epoch < h.size() && !progress.met(); epoch++) {
                if (progress.check(epoch, h.train(epoch), h.test(epoch))) {
                    for (GoalMetListener l : listeners) l.goalMet(progress);
                    reachedListeners.forEach(Runnable::run);
                }
            }
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
        return progress != null && progress.met();
    }

    private void render() {
        box.setHidden(goal == null);
        if (goal == null) return;
        Frame f = engine.frame();
        int epoch = f == null ? 0 : f.epoch;
        boolean several = goal.tasks.size() > 1;
        list.clear();
        Dom.toggleClass(list, "several", several);
        List<String> taskWords = new ArrayList<>();
        for (int t = 0; t < goal.tasks.size(); t++) {
            taskWords.add(task(t, f, epoch, several));
        }
        setText(summary, several
                ? i18n.t("goal.summaryTasks", String.join(i18n.t("goal.then"), taskWords))
                : i18n.t("goal.summary", taskWords.get(0)));

        boolean reached = progress.met();
        boolean missed = progress.missed(epoch);
        Dom.toggleClass(box, "reached", reached);
        Dom.toggleClass(box, "missed", missed);
        if (reached) {
            setText(status, i18n.t("goal.reached", progress.metAt()));
        } else if (missed) {
            setText(status, i18n.t("goal.missed", goal.tasks.get(progress.currentTask()).withinEpochs));
        } else if (several) {
            setText(status, i18n.t("goal.tasksDone", progress.currentTask(), goal.tasks.size()));
        } else {
            setText(status, i18n.t("goal.notYet"));
        }
        status.setAttribute("data-reached", reached ? "true" : "false");
    }

    /** Adds task {@code t} to the list; returns its words for the summary. */
    private String task(int t, Frame f, int epoch, boolean several) {
        Goal task = goal.tasks.get(t);
        int metAt = progress.taskMetAt(t);
        boolean pending = t > progress.currentTask();
        HTMLElement item = Dom.el(list, "li", "goal-task");
        item.setAttribute("data-task", Integer.toString(t + 1));
        item.setAttribute("data-met", metAt >= 0 ? Integer.toString(metAt) : "");
        Dom.toggleClass(item, "met", metAt >= 0);
        Dom.toggleClass(item, "current", t == progress.currentTask());
        if (several) {
            HTMLElement head = Dom.el(item, "p", "goal-task-head");
            mark(head, metAt >= 0 ? "✓" : pending ? "○" : "✗", metAt >= 0);
            Dom.el(head, "span", null).setTextContent(i18n.t("goal.task", t + 1, goal.tasks.size()));
            Dom.el(head, "span", "goal-now").setTextContent(metAt >= 0 ? i18n.t("goal.metAt", metAt)
                    : i18n.t(pending ? "goal.pending" : "goal.working"));
        }
        HTMLElement parts = Dom.el(item, "ul", "goal-parts");
        double train = f == null ? Double.NaN : f.trainLoss;
        double test = f == null ? Double.NaN : f.testLoss;
        List<String> words = new ArrayList<>();
        if (task.testLossBelow != null) {
            words.add(part(parts, t, Goal.TEST_LOSS_BELOW, number(task.testLossBelow), test < task.testLossBelow,
                    loss(test, f), pending));
        }
        if (task.trainLossBelow != null) {
            words.add(part(parts, t, Goal.TRAIN_LOSS_BELOW, number(task.trainLossBelow), train < task.trainLossBelow,
                    loss(train, f), pending));
        }
        if (task.trainTestGapBelow != null) {
            double gap = Math.abs(test - train);
            words.add(part(parts, t, Goal.TRAIN_TEST_GAP_BELOW, number(task.trainTestGapBelow),
                    gap < task.trainTestGapBelow, loss(gap, f), pending));
        }
        if (task.maxLayers != null) {
            words.add(part(parts, t, Goal.MAX_LAYERS, Integer.toString(task.maxLayers), layers.length <= task.maxLayers,
                    Integer.toString(layers.length), pending));
        }
        if (task.maxNeurons != null) {
            words.add(part(parts, t, Goal.MAX_NEURONS, Integer.toString(task.maxNeurons), neurons() <= task.maxNeurons,
                    Integer.toString(neurons()), pending));
        }
        if (task.withinEpochs != null) {
            words.add(part(parts, t, Goal.WITHIN_EPOCHS, Integer.toString(task.withinEpochs),
                    epoch <= task.withinEpochs, Integer.toString(epoch), pending));
        }
        return String.join(i18n.t("goal.and"), words);
    }

    /**
     * Adds a part with its mark: met (at the task's epoch) once its task is ticked, else live
     * with its current value; a task not yet reached shows its parts without marks.
     */
    private String part(HTMLElement parts, int t, String name, String limit, boolean holdsNow, String now,
            boolean pending) {
        int taskMetAt = progress.taskMetAt(t);
        boolean holds = taskMetAt >= 0 || (!pending && holdsNow);
        String words = i18n.t("goal." + name, limit);
        HTMLElement item = Dom.el(parts, "li", holds ? "holds" : pending ? "pending" : "fails");
        item.setAttribute("data-part", name);
        mark(item, holds ? "✓" : pending ? "·" : "✗", holds);
        Dom.el(item, "span", null).setTextContent(words);
        if (!pending || taskMetAt >= 0) {
            Dom.el(item, "span", "goal-now").setTextContent(taskMetAt >= 0 && goal.tasks.size() == 1
                    ? i18n.t("goal.metAt", taskMetAt) : taskMetAt >= 0 ? "" : i18n.t("goal.now", now));
        }
        Dom.el(item, "span", "visually-hidden").setTextContent(i18n.t(holds ? "goal.holds" : "goal.fails"));
        return words;
    }

    private static void mark(HTMLElement parent, String symbol, boolean holds) {
        HTMLElement mark = Dom.el(parent, "span", holds ? "goal-mark holds" : "goal-mark");
        mark.setAttribute("aria-hidden", "true");
        mark.setTextContent(symbol);
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
