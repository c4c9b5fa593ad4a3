package playground.config;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigTest {
    private static Config json(String text) {
        return Config.fromJson(text.replace('\'', '"'), Limits.BROWSER);
    }

    private static ConfigException error(String text, Limits limits) {
        return assertThrows(ConfigException.class, () -> Config.fromJson(text.replace('\'', '"'), limits));
    }

    // ---------------------------------------------------------------- defaults

    @Test
    void defaultsAreTensorFlowPlaygrounds() {
        Config c = Config.defaults();
        assertEquals("classification", c.problem);
        assertEquals("circle", c.dataset);
        assertEquals(500, c.points);
        assertEquals(2, c.classes);
        assertEquals(0, c.customPoints.length);
        assertEquals(0.0, c.noise);
        assertEquals(50, c.trainPercent);
        assertEquals(1, c.seed);
        assertArrayEquals(new String[] {"x1", "x2"}, c.features);
        assertArrayEquals(new int[] {4, 2}, c.hiddenLayers);
        assertEquals("tanh", c.activation);
        assertEquals(0.03, c.learningRate);
        assertEquals(10, c.batchSize);
        assertEquals("none", c.regularization);
        assertEquals(0.0, c.regularizationRate);
        assertEquals("sgd", c.optimizer);
        assertEquals("mse", c.loss);
        assertEquals("uniform", c.init);
        assertEquals(c, json("{}"));
    }

    @Test
    void regressionDefaultsTo1200PointsAndThePlane() {
        Config c = json("{'problem':'regression'}");
        assertEquals(1200, c.points);
        assertEquals("plane", c.dataset);
        assertTrue(c.isRegression());
        assertEquals(1, c.numOutputs());
    }

    @Test
    void anExplicitNumberOfPointsWinsOverTheProblemsDefault() {
        assertEquals(300, json("{'problem':'regression','points':300}").points);
    }

    // ---------------------------------------------------------------- writing and round trips

    @Test
    void toJsonWritesEveryKeyInSchemaOrder() {
        assertEquals("{\"problem\":\"classification\",\"dataset\":\"circle\",\"points\":500,\"classes\":2,"
                + "\"noise\":0,\"trainPercent\":50,\"seed\":1,\"features\":[\"x1\",\"x2\"],\"hiddenLayers\":[4,2],"
                + "\"activation\":\"tanh\",\"learningRate\":0.03,\"batchSize\":10,\"regularization\":\"none\","
                + "\"regularizationRate\":0,\"optimizer\":\"sgd\",\"loss\":\"mse\",\"init\":\"uniform\"}",
                Config.defaults().toJson());
        assertEquals(Schema.KEYS.size() - 2, Config.defaults().toMap().size(), "no customPoints, no initSeed");
    }

    @Test
    void customPointsAreWrittenAsTriplesAfterClasses() {
        Config c = json("{'dataset':'custom','classes':3,'customPoints':[[1,2,0],[-6,6,2]]}");
        assertEquals(Arrays.asList("problem", "dataset", "points", "classes", "customPoints"),
                Arrays.asList(c.toMap().keySet().toArray()).subList(0, 5));
        assertTrue(c.toJson().contains("\"customPoints\":[[1,2,0],[-6,6,2]]"));
        assertArrayEquals(new double[] {1, 2, 0, -6, 6, 2}, c.customPoints);
        assertEquals(2, c.numCustomPoints());
    }

    @Test
    void fromMapOfToMapGivesAnEqualConfigAndTheSameBytes() {
        String[] configs = {
            "{}",
            "{'problem':'regression','dataset':'houses','noise':12.5,'learningRate':0.00001,'hiddenLayers':[]}",
            "{'dataset':'spiral','classes':5,'loss':'crossentropy','optimizer':'adam','init':'he','seed':-2147483648}",
            "{'dataset':'custom','customPoints':[[0.5,-0.25,1],[1e-3,6,-1]],'features':['cosx2','x1','x1x2']}",
            "{'problem':'regression','dataset':'custom','customPoints':[[0,0,0.123456789],[1,1,-1e10]]}",
            "{'hiddenLayers':[8,8,8,8,8,8],'batchSize':100,'trainPercent':90,'regularization':'l1','regularizationRate':0.003}",
        };
        for (String text : configs) {
            Config c = json(text);
            Config back = Config.fromMap(c.toMap(), Limits.BROWSER);
            assertEquals(c, back, text);
            assertEquals(c.hashCode(), back.hashCode());
            assertEquals(c.toJson(), back.toJson());
            assertEquals(c, Config.fromJson(c.toJson(), Limits.BROWSER));
        }
    }

    @Test
    void featuresAreKeptInCanonicalOrder() {
        assertArrayEquals(new String[] {"x1", "x2", "x1x2", "sinx1", "cosx2"},
                json("{'features':['cosx2','sinx1','x1x2','x2','x1']}").features);
    }

    @Test
    void integersMayComeAsAnyJavaNumber() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("points", 700);
        map.put("seed", 7L);
        map.put("hiddenLayers", Arrays.asList(3, 2L, 1.0));
        map.put("learningRate", 0.3f);
        map.put("noise", 5);
        Config c = Config.fromMap(map, Limits.BROWSER);
        assertEquals(700, c.points);
        assertEquals(7, c.seed);
        assertArrayEquals(new int[] {3, 2, 1}, c.hiddenLayers);
        assertEquals((double) 0.3f, c.learningRate);
        assertEquals(5.0, c.noise);
    }

    @Test
    void accessorsReturnCopies() {
        Config c = json("{'dataset':'custom','customPoints':[[1,1,1]]}");
        c.features()[0] = "x";
        c.hiddenLayers()[0] = 99;
        c.customPoints()[0] = 99;
        assertEquals("x1", c.features[0]);
        assertEquals(4, c.hiddenLayers[0]);
        assertEquals(1.0, c.customPoints[0]);
    }

    @Test
    void minusZeroIsStoredAsZeroSoEqualConfigsAreEqual() {
        assertEquals(json("{'noise':0}"), json("{'noise':-0.0}"));
    }

    // ---------------------------------------------------------------- validation of every key

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // unknown keys
        "{'speed':3}                         | speed              | unknown key; known keys are problem, dataset, points, classes, customPoints, noise, trainPercent, seed, initSeed, features, hiddenLayers, activation, learningRate, batchSize, regularization, regularizationRate, optimizer, loss, init",
        // problem
        "{'problem':'clustering'}            | problem            | must be one of classification, regression, got \"clustering\"",
        "{'problem':1}                       | problem            | must be one of classification, regression, got 1",
        // dataset
        "{'dataset':'moon'}                  | dataset            | must be one of circle, xor, gauss, spiral, moons, checker, plane, multigauss, houses, custom, got \"moon\"",
        "{'dataset':'plane'}                 | dataset            | \"plane\" is not a classification data set; for classification use one of circle, xor, gauss, spiral, moons, checker, custom",
        "{'problem':'regression','dataset':'xor'} | dataset       | \"xor\" is not a regression data set; for regression use one of plane, multigauss, houses, custom",
        "{'dataset':null}                    | dataset            | must be one of circle, xor, gauss, spiral, moons, checker, plane, multigauss, houses, custom, got null",
        // points
        "{'points':5000}                     | points             | must be an integer from 10 to 2000, got 5000",
        "{'points':9}                        | points             | must be an integer from 10 to 2000, got 9",
        "{'points':100.5}                    | points             | must be an integer from 10 to 2000, got 100.5",
        "{'points':'100'}                    | points             | must be an integer, got \"100\"",
        // classes
        "{'classes':6}                       | classes            | must be an integer from 2 to 5, got 6",
        "{'classes':1}                       | classes            | must be an integer from 2 to 5, got 1",
        "{'classes':3}                       | classes            | 3 classes need dataset gauss, spiral, custom, got \"circle\"",
        "{'problem':'regression','classes':3} | classes           | must be 2 for regression, got 3",
        "{'classes':true}                    | classes            | must be an integer, got true",
        // customPoints
        "{'dataset':'custom'}                | customPoints       | required with dataset custom",
        "{'customPoints':[[1,1,1]]}          | customPoints       | only allowed with dataset custom, got dataset \"circle\"",
        "{'dataset':'custom','customPoints':[]} | customPoints    | must hold from 1 to 2000 points, got 0",
        "{'dataset':'custom','customPoints':{}} | customPoints    | must be a list, got an object",
        "{'dataset':'custom','customPoints':[[1,1,1],[1,1]]} | customPoints[1] | must be [x1, x2, label], got a list",
        "{'dataset':'custom','customPoints':[5]} | customPoints[0] | must be [x1, x2, label], got 5",
        "{'dataset':'custom','customPoints':[[0,0,1],[0,0,1],[0,0,1],[7,0,1]]} | customPoints[3] | x1 must be in [-6, 6], got 7",
        "{'dataset':'custom','customPoints':[[0,-6.5,1]]} | customPoints[0] | x2 must be in [-6, 6], got -6.5",
        "{'dataset':'custom','customPoints':[['a',0,1]]} | customPoints[0] | x1 must be a number, got \"a\"",
        "{'dataset':'custom','customPoints':[[0,0,0]]} | customPoints[0] | label must be 1 or -1, got 0",
        "{'dataset':'custom','classes':3,'customPoints':[[0,0,3]]} | customPoints[0] | label must be an integer from 0 to 2 for 3 classes, got 3",
        "{'dataset':'custom','classes':3,'customPoints':[[0,0,0.5]]} | customPoints[0] | label must be an integer from 0 to 2 for 3 classes, got 0.5",
        "{'problem':'regression','dataset':'custom','customPoints':[[0,0,null]]} | customPoints[0] | label must be a number, got null",
        // noise
        "{'noise':51}                        | noise              | must be ≥ 0 and ≤ 50, got 51",
        "{'noise':-1}                        | noise              | must be ≥ 0 and ≤ 50, got -1",
        "{'noise':'high'}                    | noise              | must be a number, got \"high\"",
        // trainPercent
        "{'trainPercent':95}                 | trainPercent       | must be an integer from 10 to 90, got 95",
        "{'trainPercent':50.5}               | trainPercent       | must be an integer from 10 to 90, got 50.5",
        "{'trainPercent':[50]}               | trainPercent       | must be an integer, got a list",
        // seed
        "{'seed':'abc'}                      | seed               | must be an integer, got \"abc\"",
        "{'seed':2147483648}                 | seed               | must be an integer from -2147483648 to 2147483647, got 2147483648",
        "{'seed':0.5}                        | seed               | must be an integer from -2147483648 to 2147483647, got 0.5",
        // features
        "{'features':[]}                     | features           | must not be empty; choose from x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2, cosx1, cosx2",
        "{'features':['x1','x']}             | features           | must be names from x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2, cosx1, cosx2, got \"x\"",
        "{'features':['x1','x1']}            | features           | \"x1\" appears twice",
        "{'features':'x1'}                   | features           | must be a list, got \"x1\"",
        // hiddenLayers
        "{'hiddenLayers':[1,1,1,1,1,1,1]}    | hiddenLayers       | must have at most 6 layers, got 7",
        "{'hiddenLayers':[4,9]}              | hiddenLayers[1]    | must be an integer from 1 to 8, got 9",
        "{'hiddenLayers':[0]}                | hiddenLayers[0]    | must be an integer from 1 to 8, got 0",
        "{'hiddenLayers':['4']}              | hiddenLayers[0]    | must be an integer, got \"4\"",
        "{'hiddenLayers':4}                  | hiddenLayers       | must be a list, got 4",
        // activation
        "{'activation':'foo'}                | activation         | must be one of relu, tanh, sigmoid, linear, leakyrelu, got \"foo\"",
        "{'activation':'ReLU'}               | activation         | must be one of relu, tanh, sigmoid, linear, leakyrelu, got \"ReLU\"",
        // learningRate
        "{'learningRate':0}                  | learningRate       | must be > 0 and ≤ 10, got 0",
        "{'learningRate':11}                 | learningRate       | must be > 0 and ≤ 10, got 11",
        "{'learningRate':'fast'}             | learningRate       | must be a number, got \"fast\"",
        // batchSize
        "{'batchSize':0}                     | batchSize          | must be an integer from 1 to 100, got 0",
        "{'batchSize':101}                   | batchSize          | must be an integer from 1 to 100, got 101",
        "{'batchSize':false}                 | batchSize          | must be an integer, got false",
        // regularization
        "{'regularization':'L1'}             | regularization     | must be one of none, l1, l2, got \"L1\"",
        "{'regularization':null}             | regularization     | must be one of none, l1, l2, got null",
        // regularizationRate
        "{'regularizationRate':-0.1}         | regularizationRate | must be ≥ 0 and ≤ 10, got -0.1",
        "{'regularizationRate':10.5}         | regularizationRate | must be ≥ 0 and ≤ 10, got 10.5",
        "{'regularizationRate':'none'}       | regularizationRate | must be a number, got \"none\"",
        // optimizer
        "{'optimizer':'rmsprop'}             | optimizer          | must be one of sgd, momentum, adam, got \"rmsprop\"",
        // loss
        "{'loss':'hinge'}                    | loss               | must be one of mse, crossentropy, got \"hinge\"",
        "{'problem':'regression','loss':'crossentropy'} | loss    | crossentropy is for classification only; use mse for regression",
        // init
        "{'init':'glorot'}                   | init               | must be one of uniform, xavier, he, zero, got \"glorot\"",
        // the whole text
        "{'a':1,}                            | config             | not valid JSON: expected a string key at 7",
        "[1]                                 | config             | must be an object, got a list",
    })
    void everyKeyIsValidatedWithAMessageNamingItAndWhatIsAllowed(String text, String key, String problem) {
        ConfigException e = error(text, Limits.BROWSER);
        assertEquals(key, e.key());
        assertEquals(problem.replace("\\\"", "\""), e.problem());
        assertEquals(key + ": " + e.problem(), e.getMessage());
    }

    @Test
    void theFirstKeyInSchemaOrderIsReportedFirst() {
        assertEquals("points", error("{'seed':'x','points':1}", Limits.BROWSER).key());
    }

    @Test
    void serverLimitsAllowBiggerRunsThanTheBrowser() {
        String big = "{'points':100000,'hiddenLayers':[64,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64]}";
        assertEquals(100000, Config.fromJson(big.replace('\'', '"'), Limits.SERVER).points);
        assertEquals("points", error(big, Limits.BROWSER).key());
        assertEquals("points: must be an integer from 10 to 100000, got 100001",
                error("{'points':100001}", Limits.SERVER).getMessage());
        assertEquals("hiddenLayers: must have at most 16 layers, got 17",
                error("{'hiddenLayers':[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}", Limits.SERVER).getMessage());
        assertEquals("hiddenLayers[0]: must be an integer from 1 to 64, got 65",
                error("{'hiddenLayers':[65]}", Limits.SERVER).getMessage());
    }

    @Test
    void customPointsAreLimitedByTheMaximumNumberOfPoints() {
        StringBuilder sb = new StringBuilder("{'dataset':'custom','customPoints':[");
        for (int i = 0; i < 2001; i++) sb.append(i == 0 ? "" : ",").append("[0,0,1]");
        String text = sb.append("]}").toString();
        assertEquals("customPoints: must hold from 1 to 2000 points, got 2001", error(text, Limits.BROWSER).getMessage());
        assertEquals(2001, Config.fromJson(text.replace('\'', '"'), Limits.SERVER).numCustomPoints());
    }

    @Test
    void customLabelsFollowTheProblem() {
        assertEquals(-1.0, json("{'dataset':'custom','customPoints':[[0,0,-1]]}").customPoints[2]);
        assertEquals(4.0, json("{'dataset':'custom','classes':5,'customPoints':[[0,0,4]]}").customPoints[2]);
        assertEquals(-123.5, json("{'problem':'regression','dataset':'custom','customPoints':[[0,0,-123.5]]}").customPoints[2]);
    }

    @Test
    void multiclassIsForGaussSpiralAndCustom() {
        assertEquals(3, json("{'dataset':'gauss','classes':3}").numOutputs());
        assertEquals(4, json("{'dataset':'spiral','classes':4}").classes);
        assertEquals(1, json("{'dataset':'gauss'}").numOutputs());
    }

    // ---------------------------------------------------------------- with

    @Test
    void withReturnsAValidatedCopyAndLeavesTheOriginal() {
        Config c = Config.defaults();
        Config d = c.with("learningRate", 0.3);
        assertEquals(0.3, d.learningRate);
        assertEquals(0.03, c.learningRate);
        assertThrows(ConfigException.class, () -> c.with("learningRate", 0));
        assertThrows(ConfigException.class, () -> c.with("bogus", 1));
    }

    @Test
    void withTakesJavaArraysForLists() {
        Config c = Config.defaults().with("hiddenLayers", new int[] {8, 8});
        assertArrayEquals(new int[] {8, 8}, c.hiddenLayers);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("dataset", "custom");
        change.put("customPoints", new double[] {1, 2, 1, 3, 4, -1});
        Config custom = Config.defaults().withMap(change);
        assertArrayEquals(new double[] {1, 2, 1, 3, 4, -1}, custom.customPoints);
        assertEquals(Arrays.asList("x1", "sinx1"),
                Arrays.asList(Config.defaults().with("features", new String[] {"sinx1", "x1"}).features));
    }

    @Test
    void withNullReturnsAKeyToItsDefault() {
        assertEquals(1, Config.defaults().with("seed", 9).with("seed", null).seed);
    }

    @Test
    void switchingProblemBringsItsDefaultDatasetAndPoints() {
        Config r = Config.defaults().with("problem", "regression");
        assertEquals("plane", r.dataset);
        assertEquals(1200, r.points);
        Config back = r.with("problem", "classification");
        assertEquals(Config.defaults(), back);
        Config kept = Config.defaults().with("points", 300).with("problem", "regression");
        assertEquals(300, kept.points);
    }

    @Test
    void switchingToRegressionDropsMulticlassAndCrossEntropy() {
        Config c = json("{'dataset':'spiral','classes':3,'loss':'crossentropy'}");
        Config r = c.with("problem", "regression");
        assertEquals(2, r.classes);
        assertEquals("mse", r.loss);
    }

    @Test
    void leavingCustomDropsItsPointsAndALaterDatasetDropsExtraClasses() {
        Config custom = json("{'dataset':'custom','classes':3,'customPoints':[[0,0,2]]}");
        Config circle = custom.with("dataset", "circle");
        assertEquals(0, circle.customPoints.length);
        assertEquals(2, circle.classes);
        assertEquals(3, custom.with("dataset", "spiral").classes);
    }

    @Test
    void withKeepsTheLimitsTheConfigWasCheckedAgainst() {
        Config server = Config.fromJson("{\"points\":50000}", Limits.SERVER);
        assertEquals(Limits.SERVER, server.limits());
        assertArrayEquals(new int[] {32, 32}, server.with("hiddenLayers", Arrays.asList(32, 32)).hiddenLayers);
        assertThrows(ConfigException.class, () -> Config.defaults().with("hiddenLayers", Arrays.asList(32, 32)));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("hiddenLayers", Arrays.asList(32, 32));
        assertArrayEquals(new int[] {32, 32}, Config.defaults().withMap(change, Limits.SERVER).hiddenLayers);
    }

    @Test
    void equalityIgnoresTheLimitsButNotAnyKey() {
        assertEquals(Config.fromJson("{}", Limits.SERVER), Config.defaults());
        for (String key : Arrays.asList("points", "seed", "trainPercent", "batchSize")) {
            assertNotEquals(Config.defaults(), Config.defaults().with(key, 20), key);
        }
        assertNotEquals(Config.defaults(), Config.defaults().with("noise", 5));
        assertNotEquals(Config.defaults(), Config.defaults().with("hiddenLayers", List.of(4)));
    }

    @Test
    void aConfigAnswersQuestionsAboutItsNetworkAndData() {
        Config c = json("{'hiddenLayers':[3,5],'features':['x1','x2','x1sq']}");
        assertEquals(3, c.numInputs());
        assertEquals(2, c.numHiddenLayers());
        assertEquals(8, c.numHiddenNeurons());
        assertTrue(c.hasFeature("x1sq"));
        assertFalse(c.hasFeature("cosx1"));
        assertTrue(c.isClassification());
        assertFalse(c.isCustom());
        assertEquals(c.toJson(), c.toString());
    }
}
