package playground.config;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import playground.core.Json;

class GoalTest {
    @SuppressWarnings("unchecked")
    private static Goal goal(String json) {
        return Goal.fromMap((Map<String, Object>) Json.parse(json.replace('\'', '"')));
    }

    @Test
    void aGoalIsMetWhenEveryPartThatIsSetHolds() {
        Goal g = goal("{'testLossBelow':0.05,'maxLayers':2}");
        assertTrue(g.isMetBy(0.5, 0.04, 2, 12, 100));
        assertFalse(g.isMetBy(0.5, 0.05, 2, 12, 100), "below means strictly below");
        assertFalse(g.isMetBy(0.01, 0.04, 3, 12, 100));
    }

    @Test
    void eachPartSaysWhetherItHoldsInTheGoalsOrder() {
        Goal g = goal("{'maxLayers':2,'testLossBelow':0.05,'withinEpochs':50}");
        assertEquals(Map.of("testLossBelow", true, "maxLayers", false, "withinEpochs", true),
                g.partsMet(0.5, 0.04, 3, 12, 50));
        assertEquals(List.of("testLossBelow", "maxLayers", "withinEpochs"),
                new ArrayList<>(g.partsMet(0.5, Double.NaN, 1, 1, 1).keySet()));
        assertFalse(g.partsMet(0.5, Double.NaN, 1, 1, 1).get("testLossBelow"), "a diverged loss holds nothing");
    }

    @Test
    void theGapIsTheDistanceBetweenTestAndTrainingLoss() {
        Goal g = goal("{'trainTestGapBelow':0.1}");
        assertTrue(g.isMetBy(0.30, 0.35, 0, 0, 1));
        assertTrue(g.isMetBy(0.35, 0.30, 0, 0, 1));
        assertFalse(g.isMetBy(0.20, 0.35, 0, 0, 1));
    }

    @Test
    void trainingLossNeuronsAndEpochsCanBeBounded() {
        Goal g = goal("{'trainLossBelow':0.25,'maxNeurons':4,'withinEpochs':300}");
        assertTrue(g.isMetBy(0.2, 9, 1, 4, 300));
        assertFalse(g.isMetBy(0.3, 9, 1, 4, 300));
        assertFalse(g.isMetBy(0.2, 9, 1, 5, 300));
        assertFalse(g.isMetBy(0.2, 9, 1, 4, 301));
    }

    @Test
    void aDivergedNetworkNeverMeetsALossGoal() {
        assertFalse(goal("{'testLossBelow':1}").isMetBy(0, Double.NaN, 0, 0, 1));
        assertFalse(goal("{'trainTestGapBelow':1}").isMetBy(Double.NaN, 0, 0, 0, 1));
    }

    @Test
    void mapRoundTripKeepsOnlyTheSetPartsInOrder() {
        Goal g = goal("{'withinEpochs':10,'testLossBelow':0.05}");
        assertEquals("{\"testLossBelow\":0.05,\"withinEpochs\":10}", g.toString());
        assertEquals(g, Goal.fromMap(g.toMap()));
        assertEquals(g.hashCode(), Goal.fromMap(g.toMap()).hashCode());
        assertNull(g.maxLayers);
    }

    @Test
    void aGoalOfSeveralTasksRoundTripsAndAOneTaskListIsTheOldObject() {
        Goal g = goal("{'tasks':[{'testLossBelow':0.35},{'testLossBelow':0.2,'withinEpochs':500}]}");
        assertEquals(2, g.tasks.size());
        assertEquals(0.2, g.testLossBelow, "the goal's parts are its last task's");
        assertEquals(500, g.withinEpochs);
        assertEquals("{\"tasks\":[{\"testLossBelow\":0.35},{\"testLossBelow\":0.2,\"withinEpochs\":500}]}",
                g.toString());
        assertEquals(g, Goal.fromMap(g.toMap()));
        assertEquals(g.hashCode(), Goal.fromMap(g.toMap()).hashCode());
        assertNotEquals(g, goal("{'testLossBelow':0.2,'withinEpochs':500}"), "not the same as its last task alone");
        Goal one = goal("{'tasks':[{'testLossBelow':0.35}]}");
        assertEquals(goal("{'testLossBelow':0.35}"), one);
        assertEquals("{\"testLossBelow\":0.35}", one.toString(), "one task is written as today's object");
        assertSame(one, one.tasks.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{}                                | goal                   | must set at least one of testLossBelow, trainLossBelow, trainTestGapBelow, maxLayers, maxNeurons, withinEpochs",
        "{'testLoss':1}                    | goal.testLoss          | unknown key; known keys are testLossBelow, trainLossBelow, trainTestGapBelow, maxLayers, maxNeurons, withinEpochs, or tasks",
        "{'tasks':[{'testLossBelow':0.3},{'testLoss':1}]} | goal.tasks[1].testLoss | unknown key; known keys are testLossBelow, trainLossBelow, trainTestGapBelow, maxLayers, maxNeurons, withinEpochs",
        "{'tasks':[{'testLossBelow':0.3},{}]} | goal.tasks[1]     | must set at least one of testLossBelow, trainLossBelow, trainTestGapBelow, maxLayers, maxNeurons, withinEpochs",
        "{'tasks':[{'testLossBelow':0.3},{'maxLayers':-1}]} | goal.tasks[1].maxLayers | must be an integer from 0 to 2147483647, got -1",
        "{'tasks':[]}                      | goal.tasks             | must hold 1 to 10 tasks, got 0",
        "{'tasks':[{'testLossBelow':0.3}],'maxLayers':2} | goal.tasks | must be the goal's only key; put each part in a task",
        "{'testLossBelow':0}               | goal.testLossBelow     | must be a number > 0, got 0",
        "{'trainLossBelow':'low'}          | goal.trainLossBelow    | must be a number, got \"low\"",
        "{'trainTestGapBelow':-0.1}        | goal.trainTestGapBelow | must be a number > 0, got -0.1",
        "{'maxLayers':-1}                  | goal.maxLayers         | must be an integer from 0 to 2147483647, got -1",
        "{'maxNeurons':2.5}                | goal.maxNeurons        | must be an integer from 0 to 2147483647, got 2.5",
        "{'withinEpochs':0}                | goal.withinEpochs      | must be an integer from 1 to 2147483647, got 0",
    })
    void everyPartIsValidated(String json, String key, String problem) {
        ConfigException e = assertThrows(ConfigException.class, () -> goal(json));
        assertEquals(key, e.key());
        assertEquals(problem.replace("\\\"", "\""), e.problem());
    }
}
