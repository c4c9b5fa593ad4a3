package playground.config;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.core.Json;

/** Tasks are ticked in turn and the verdict agrees with every part's mark. */
class GoalProgressTest {
    @SuppressWarnings("unchecked")
    private static Goal goal(String json) {
        return Goal.fromMap((Map<String, Object>) Json.parse(json.replace('\'', '"')));
    }

    private static Goal crashCourse(String hash) {
        return HashCodec.decode(hash, Limits.BROWSER).view().goal;
    }

    @Test
    void theCrashCoursesThresholdsAreTickedInTurn() {
        GoalProgress p = new GoalProgress(
                crashCourse("goalTestLossMinThresholdFirst=0.35&goalTestLossMinThresholdSecond=0.2"), 1, 1);
        assertEquals(2, p.tasks());
        assertFalse(p.check(0, 0.1, 0.1), "the untrained network wins nothing");
        assertFalse(p.check(1, 0.5, 0.5));
        assertEquals(-1, p.taskMetAt(0));
        assertFalse(p.check(2, 0.3, 0.3));
        assertEquals(2, p.taskMetAt(0));
        assertEquals(-1, p.taskMetAt(1));
        assertEquals(1, p.currentTask());
        assertFalse(p.met());
        assertEquals(-1, p.metAt());
        assertFalse(p.check(3, 0.4, 0.4), "a task once ticked stays ticked");
        assertEquals(2, p.taskMetAt(0));
        assertTrue(p.check(4, 0.1, 0.19));
        assertEquals(4, p.taskMetAt(1));
        assertTrue(p.met());
        assertEquals(4, p.metAt());
        assertFalse(p.check(5, 0.1, 0.1), "met once: later epochs change nothing");
        assertEquals(4, p.metAt());
        assertEquals(4, p.partMetAt(1, Goal.TEST_LOSS_BELOW));
    }

    @Test
    void severalTasksCanBeTickedAtOneEpochButNeverOutOfOrder() {
        Goal g = goal("{'tasks':[{'trainLossBelow':0.1},{'testLossBelow':0.3}]}");
        GoalProgress p = new GoalProgress(g, 2, 6);
        p.check(1, 0.5, 0.2);  // the second task's part holds, the first task does not
        assertEquals(-1, p.taskMetAt(1), "not before the first task");
        assertEquals(1, p.partMetAt(1, Goal.TEST_LOSS_BELOW), "but its part is seen holding");
        assertTrue(p.check(2, 0.05, 0.25));
        assertEquals(2, p.taskMetAt(0));
        assertEquals(2, p.taskMetAt(1));
    }

    @Test
    void theVerdictAgreesWithTheDeadline() {
        // Met at epoch 9, within 300: every part holds at the epoch the verdict names.
        GoalProgress met = new GoalProgress(goal("{'testLossBelow':0.2,'withinEpochs':300}"), 2, 6);
        for (int e = 1; e < 9; e++) met.check(e, 0.5, 0.5);
        assertTrue(met.check(9, 0.1, 0.1));
        met.check(2420, 0.5, 0.5);
        assertEquals(9, met.metAt());
        assertFalse(met.missed(2420), "a goal met in time is not missed later");
        assertEquals(1, met.partMetAt(0, Goal.WITHIN_EPOCHS));
        assertEquals(9, met.partMetAt(0, Goal.TEST_LOSS_BELOW));

        GoalProgress late = new GoalProgress(goal("{'testLossBelow':0.2,'withinEpochs':300}"), 2, 6);
        late.check(299, 0.5, 0.5);
        assertFalse(late.missed(300));
        assertFalse(late.check(301, 0.1, 0.1), "past the deadline nothing is met");
        assertTrue(late.missed(301));
        assertEquals(-1, late.metAt());
    }

    @Test
    void shapePartsHoldOrNotForTheWholeRun() {
        GoalProgress p = new GoalProgress(goal("{'testLossBelow':0.5,'maxLayers':1,'maxNeurons':4}"), 2, 6);
        assertFalse(p.check(1, 0.1, 0.1));
        assertEquals(-1, p.partMetAt(0, Goal.MAX_LAYERS));
        assertEquals(-1, p.partMetAt(0, Goal.MAX_NEURONS));
        assertEquals(1, p.partMetAt(0, Goal.TEST_LOSS_BELOW));
        assertEquals(-1, p.partMetAt(0, Goal.TRAIN_LOSS_BELOW), "a part not set is never met");
    }
}
