package playground.client.page.panels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.client.engine.EngineClient;
import playground.client.engine.Points;
import playground.client.page.PageState;
import playground.client.ui.Notice;
import playground.config.Config;
import playground.config.ConfigException;
import playground.config.Schema;

/**
 * Adding and removing points on the output picture, only while the reader has turned the "add
 * points" mode on: a stray tap changes nothing. The first point on a generated data set turns it
 * into custom points (rounded to 1/1000, which keeps links short), says so in the notice, and
 * changes from there. Shift-click gives the other class; alt-click, or the remove mode, removes
 * the point nearest the click. Every change can be undone, back to the data set before it.
 */
public final class PointTool {
    /** How near (in data units) a click must be to a point to remove it. */
    private static final double REMOVE_RADIUS = 0.5;

    private final PageState state;
    private final EngineClient engine;
    private final Notice notice;
    /** The configurations before each change made here, the latest last. */
    private final List<Config> undo = new ArrayList<>();
    /** The configuration the last change here made: any other change of the page ends the undo history. */
    private Config made;
    private final List<Runnable> listeners = new ArrayList<>();
    boolean adding;
    boolean removing;
    /** The chosen class: 0 … classes-1 (for two classes 0 is label -1, 1 is label +1). */
    int classIndex = 1;
    /** The value a click gives in a regression. */
    double value = 1;

    public PointTool(PageState state, EngineClient engine, Notice notice) {
        this.state = state;
        this.engine = engine;
        this.notice = notice;
        state.listen((c, v) -> {
            if (state.config() != made && !undo.isEmpty()) {
                undo.clear();
                changed();
            }
        });
    }

    /** Runs {@code listener} when the mode, the class or what can be undone changes. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    void changed() {
        for (Runnable r : listeners) r.run();
    }

    void setAdding(boolean on) {
        adding = on;
        changed();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Back to the configuration before the last change made here: its data set, its address. */
    void undo() {
        if (undo.isEmpty()) return;
        made = undo.remove(undo.size() - 1);
        state.setConfig(made, PageState.Push.PUSH);
        changed();
    }

    void click(double x1, double x2, boolean shift, boolean alt) {
        if (!adding) return;
        Config c = state.config();
        double[] points = c.isCustom() ? c.customPoints() : rounded(engine.points());
        if (points == null) return;
        double[] next = removing || alt ? without(points, x1, x2) : with(points, x1, x2, label(c, shift));
        if (next == null || next.length == 0) return;
        useAsCustom(c, next);
    }

    /** Choosing "custom" starts from the points on screen, ready to be changed. */
    void startCustom() {
        Config c = state.config();
        if (c.isCustom()) return;
        double[] points = rounded(engine.points());
        if (points != null && points.length > 0) useAsCustom(c, points);
    }

    private void useAsCustom(Config c, double[] next) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(Schema.DATASET, Schema.CUSTOM);
        change.put(Schema.CUSTOM_POINTS, next);
        if (!c.isCustom() && !c.isRegression()) change.put(Schema.CLASSES, c.classes);
        Config updated;
        try {
            updated = c.withMap(change);
        } catch (ConfigException e) {
            state.report("error.config", e.getMessage());
            return;
        }
        undo.add(c);
        made = updated;
        state.setConfig(updated, PageState.Push.PUSH);
        if (!c.isCustom()) notice.show("points.nowCustom", null);
        changed();
    }

    private double label(Config c, boolean shift) {
        if (c.isRegression()) return shift ? -value : value;
        int k = c.classes;
        int index = shift ? (k == 2 ? 1 - classIndex : (classIndex + 1) % k) : Math.min(classIndex, k - 1);
        return k == 2 ? (index == 0 ? -1 : 1) : index;
    }

    private static double[] with(double[] points, double x1, double x2, double label) {
        double[] next = new double[points.length + 3];
        System.arraycopy(points, 0, next, 0, points.length);
        next[points.length] = round(clamp(x1));
        next[points.length + 1] = round(clamp(x2));
        next[points.length + 2] = label;
        return next;
    }

    private static double[] without(double[] points, double x1, double x2) {
        int best = -1;
        double bestD = REMOVE_RADIUS * REMOVE_RADIUS;
        for (int i = 0; i < points.length; i += 3) {
            double d1 = points[i] - x1;
            double d2 = points[i + 1] - x2;
            double d = d1 * d1 + d2 * d2;
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        if (best < 0) return null;
        double[] next = new double[points.length - 3];
        System.arraycopy(points, 0, next, 0, best);
        System.arraycopy(points, best + 3, next, best, points.length - best - 3);
        return next;
    }

    private static double[] rounded(Points p) {
        if (p == null) return null;
        double[] flat = p.flatTriples();
        for (int i = 0; i < flat.length; i++) flat[i] = round(flat[i]);
        return flat;
    }

    private static double clamp(double x) {
        return Math.max(-Schema.COORDINATE_LIMIT, Math.min(Schema.COORDINATE_LIMIT, x));
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
