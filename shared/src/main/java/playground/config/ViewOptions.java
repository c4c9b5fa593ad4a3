package playground.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import playground.core.Json;

/**
 * How the page shows an experiment, carried in the URL hash beside the {@link Config}: test data
 * shown, output discretized, explanatory text hidden, the colour-blind palette, which controls
 * are hidden or locked (names from {@link Schema#CONTROLS}), and an optional {@link Goal}.
 * Immutable; the {@code with…} methods return changed copies.
 */
public final class ViewOptions {
    public static final String SHOW_TEST_DATA = Schema.SHOW_TEST_DATA;
    public static final String DISCRETIZE = Schema.DISCRETIZE;
    public static final String HIDE_TEXT = "hideText";
    public static final String COLORBLIND = "colorblind";
    public static final String HIDDEN = "hidden";
    public static final String LOCKED = "locked";
    public static final String GOAL = "goal";
    /** The keys of {@link #toMap}, in order. */
    public static final List<String> KEYS =
            Arrays.asList(SHOW_TEST_DATA, DISCRETIZE, HIDE_TEXT, COLORBLIND, HIDDEN, LOCKED, GOAL);

    /** Nothing hidden or locked, no goal, every toggle off: the reference's defaults. */
    public static final ViewOptions DEFAULT = new ViewOptions(false, false, false, false,
            Collections.<String>emptySet(), Collections.<String>emptySet(), null);

    public final boolean showTestData;
    public final boolean discretize;
    /** Hide the text around the playground (the reference's {@code hideText}). */
    public final boolean hideText;
    public final boolean colorblind;
    /** Controls not shown, in {@link Schema#CONTROLS} order; unmodifiable. */
    public final Set<String> hidden;
    /** Controls shown but not changeable, in {@link Schema#CONTROLS} order; unmodifiable. */
    public final Set<String> locked;
    /** The challenge, or {@code null}. */
    public final Goal goal;

    /** Checks the control names; an unknown one is a ConfigException naming {@code hidden} or {@code locked}. */
    public ViewOptions(boolean showTestData, boolean discretize, boolean hideText, boolean colorblind,
            Collection<String> hidden, Collection<String> locked, Goal goal) {
        this.showTestData = showTestData;
        this.discretize = discretize;
        this.hideText = hideText;
        this.colorblind = colorblind;
        this.hidden = controls(HIDDEN, hidden);
        this.locked = controls(LOCKED, locked);
        this.goal = goal;
    }

    /** Known control names, de-duplicated and put in schema order so equal sets write equal text. */
    private static Set<String> controls(String key, Collection<?> names) {
        for (Object name : names) {
            if (!Schema.CONTROLS.contains(name)) {
                throw new ConfigException(key, "unknown control " + Values.describe(name) + "; controls are "
                        + Schema.join(Schema.CONTROLS));
            }
        }
        LinkedHashSet<String> ordered = new LinkedHashSet<>();
        for (String control : Schema.CONTROLS) {
            if (names.contains(control)) ordered.add(control);
        }
        return Collections.unmodifiableSet(ordered);
    }

    /** Reads view options as {@link Json#parse} gives them; missing keys take the defaults. */
    public static ViewOptions fromMap(Map<String, ?> map) {
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new ConfigException(key, "unknown key; known keys are " + Schema.join(KEYS));
            }
        }
        Object goal = map.get(GOAL);  // absent or JSON null: no goal
        return new ViewOptions(flag(map, SHOW_TEST_DATA), flag(map, DISCRETIZE), flag(map, HIDE_TEXT),
                flag(map, COLORBLIND), names(map, HIDDEN), names(map, LOCKED),
                goal == null || goal == Json.NULL ? null : Goal.fromMap(Values.map(GOAL, goal)));
    }

    private static boolean flag(Map<String, ?> map, String key) {
        return map.containsKey(key) && Values.bool(key, map.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> names(Map<String, ?> map, String key) {
        if (!map.containsKey(key)) return Collections.emptyList();
        List<?> list = Values.list(key, map.get(key));
        controls(key, list);  // refuses anything but known names, so the cast below holds
        return (Collection<String>) list;
    }

    /** Every key; {@code goal} only when there is one. */
    public LinkedHashMap<String, Object> toMap() {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        map.put(SHOW_TEST_DATA, showTestData);
        map.put(DISCRETIZE, discretize);
        map.put(HIDE_TEXT, hideText);
        map.put(COLORBLIND, colorblind);
        map.put(HIDDEN, new ArrayList<>(hidden));
        map.put(LOCKED, new ArrayList<>(locked));
        if (goal != null) map.put(GOAL, goal.toMap());
        return map;
    }

    public boolean isHidden(String control) {
        return hidden.contains(control);
    }

    public boolean isLocked(String control) {
        return locked.contains(control);
    }

    public ViewOptions withShowTestData(boolean on) {
        return new ViewOptions(on, discretize, hideText, colorblind, hidden, locked, goal);
    }

    public ViewOptions withDiscretize(boolean on) {
        return new ViewOptions(showTestData, on, hideText, colorblind, hidden, locked, goal);
    }

    public ViewOptions withHideText(boolean on) {
        return new ViewOptions(showTestData, discretize, on, colorblind, hidden, locked, goal);
    }

    public ViewOptions withColorblind(boolean on) {
        return new ViewOptions(showTestData, discretize, hideText, on, hidden, locked, goal);
    }

    public ViewOptions withHidden(Collection<String> controls) {
        return new ViewOptions(showTestData, discretize, hideText, colorblind, controls, locked, goal);
    }

    public ViewOptions withLocked(Collection<String> controls) {
        return new ViewOptions(showTestData, discretize, hideText, colorblind, hidden, controls, goal);
    }

    /** {@code null} removes the goal. */
    public ViewOptions withGoal(Goal g) {
        return new ViewOptions(showTestData, discretize, hideText, colorblind, hidden, locked, g);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ViewOptions)) return false;
        ViewOptions v = (ViewOptions) o;
        return showTestData == v.showTestData && discretize == v.discretize && hideText == v.hideText
                && colorblind == v.colorblind && hidden.equals(v.hidden) && locked.equals(v.locked)
                && Objects.equals(goal, v.goal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(showTestData, discretize, hideText, colorblind, hidden, locked, goal);
    }

    @Override
    public String toString() {
        return Json.write(toMap());
    }
}
