package playground.config;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashCodecTest {
    private static Config json(String text) {
        return Config.fromJson(text.replace('\'', '"'), Limits.BROWSER);
    }

    private static HashCodec.Decoded decode(String hash) {
        return HashCodec.decode(hash, Limits.BROWSER);
    }

    private static ConfigException error(String hash) {
        return assertThrows(ConfigException.class, () -> decode(hash));
    }

    /** Real links carry HTML's {@code &amp;} when copied out of an iframe. */
    private static String unescape(String html) {
        return html.replace("&amp;", "&");
    }

    // ---------------------------------------------------------------- our format

    @Test
    void theDefaultsHashWritesEveryKeyInSchemaOrder() {
        assertEquals("problem=classification&dataset=circle&points=500&classes=2&noise=0&trainPercent=50"
                + "&seed=1&features=x1,x2&hiddenLayers=4,2&activation=tanh&learningRate=0.03&batchSize=10"
                + "&regularization=none&regularizationRate=0&optimizer=sgd&loss=mse&init=uniform",
                HashCodec.encode(Config.defaults()));
    }

    @Test
    void anEmptyHashIsTheDefaults() {
        assertEquals(Config.defaults(), decode("").config());
        assertEquals(Config.defaults(), decode("#").config());
        assertEquals(ViewOptions.DEFAULT, decode(null).view());
    }

    @Test
    void viewOptionsFollowTheConfigOnlyWhenNotDefault() {
        Goal goal = new Goal(0.05, 0.04, 0.01, 2, 8, 500);
        ViewOptions v = new ViewOptions(true, true, true, true, Arrays.asList("noise", "dataset"),
                Arrays.asList("seed"), goal);
        String hash = HashCodec.encode(Config.defaults().with("hiddenLayers", new int[0]), v);
        assertTrue(hash.endsWith("&init=uniform&showTestData=true&discretize=true&hideText=true"
                + "&hide=dataset,noise&lock=seed&goalTestLoss=0.05&goalTrainLoss=0.04&goalGap=0.01"
                + "&goalMaxLayers=2&goalMaxNeurons=8&goalEpochs=500&colorblind=true"), hash);
        assertTrue(hash.contains("&hiddenLayers=&"), hash);
    }

    @Test
    void encodeThenDecodeGivesTheSameConfigAndView() {
        Config[] configs = {
            Config.defaults(),
            json("{'problem':'regression','dataset':'houses','noise':12.5,'learningRate':0.00001,'hiddenLayers':[]}"),
            json("{'dataset':'spiral','classes':5,'loss':'crossentropy','optimizer':'adam','init':'he','seed':-2147483648}"),
            json("{'dataset':'custom','customPoints':[[0.5,-0.25,1],[1e-3,6,-1],[-6,0.1,1]],'features':['cosx2','x1','x1x2']}"),
            json("{'dataset':'custom','classes':4,'customPoints':[[1,2,0],[3,4,3],[-1.5,2.5,2]]}"),
            json("{'problem':'regression','dataset':'custom','customPoints':[[0,0,0.123456789],[1,1,-1e10]]}"),
            json("{'hiddenLayers':[8,8,8,8,8,8],'batchSize':100,'trainPercent':90,'regularization':'l1','regularizationRate':0.003}"),
            json("{'features':['x1','x2','x1sq','x2sq','x1x2','sinx1','sinx2','cosx1','cosx2'],'activation':'leakyrelu','init':'zero'}"),
            json("{'dataset':'moons','points':2000,'noise':50,'seed':2147483647,'optimizer':'momentum','regularization':'l2'}"),
        };
        ViewOptions[] views = {
            ViewOptions.DEFAULT,
            ViewOptions.DEFAULT.withShowTestData(true),
            ViewOptions.DEFAULT.withDiscretize(true),
            ViewOptions.DEFAULT.withHideText(true),
            ViewOptions.DEFAULT.withColorblind(true),
            ViewOptions.DEFAULT.withHidden(Schema.CONTROLS),
            ViewOptions.DEFAULT.withLocked(Arrays.asList("learningRate", "x1", "play")),
            ViewOptions.DEFAULT.withGoal(new Goal(0.05, null, null, 2, null, null)),
            ViewOptions.DEFAULT.withGoal(new Goal(null, 1e-7, 0.123456789, null, 12, 1000)),
            new ViewOptions(true, true, true, true, Schema.FEATURE_NAMES, Schema.KEYS, new Goal(0.3, 0.2, 0.1, 0, 0, 1)),
        };
        for (Config c : configs) {
            for (ViewOptions v : views) {
                String hash = HashCodec.encode(c, v);
                HashCodec.Decoded d = decode("#" + hash);
                assertEquals(c, d.config(), hash);
                assertEquals(v, d.view(), hash);
                assertEquals(hash, HashCodec.encode(d.config(), d.view()), "deterministic");
            }
        }
    }

    @Test
    void customPointsAreFlatTriplesWithIntegerClassLabels() {
        Config c = json("{'dataset':'custom','customPoints':[[0.5,-0.25,1],[1,6,-1]]}");
        assertTrue(HashCodec.encode(c).contains("&customPoints=0.5,-0.25,1,1,6,-1&"), HashCodec.encode(c));
        assertEquals(c, decode("dataset=custom&customPoints=0.5,-0.25,1,1,6,-1").config());
    }

    @Test
    void textOutsideTheSafeSetIsPercentEncodedAndDecoded() {
        Config c = Config.defaults();
        String hash = HashCodec.encode(c);
        assertFalse(hash.contains("%"));
        assertEquals(0.5, decode("learningRate=%30%2E5").config().learningRate);
        assertEquals("dataset: must be one of circle, xor, gauss, spiral, moons, checker, plane, multigauss, "
                + "houses, custom, got \"c\u00e9 ✓\"", error("dataset=c%C3%A9%20%E2%9C%93").getMessage());
        assertEquals("hash: bad percent-escape at 13", error("learningRate=%G0").getMessage());
        assertEquals("hash: bad percent-escape at 15", error("learningRate=0.%3").getMessage());
    }

    @Test
    void emptySegmentsAreSkippedAndScalarKeysWithoutValueTakeTheirDefault() {
        assertEquals(Config.defaults(), decode("#&&learningRate=&seed=&").config());
        assertEquals(0, decode("hiddenLayers=").config().hiddenLayers.length);
    }

    // ---------------------------------------------------------------- errors

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "speed=3                              | speed                | unknown key, neither ours nor TensorFlow Playground's",
        "learningRate                         | learningRate         | expected learningRate=value",
        "seed=1&seed=2                        | seed                 | given twice",
        "hiddenLayers=4&networkShape=2        | hiddenLayers         | given twice, as hiddenLayers and as networkShape",
        "percTrainData=30&trainPercent=40     | trainPercent         | given twice, as percTrainData and as trainPercent",
        "features=x1&x=true                   | features             | given twice, as features and as TensorFlow Playground's x, y, …",
        "init=he&initZero=true                | init                 | given twice, as init and as initZero",
        "learningRate=fast                    | learningRate         | must be a number, got \"fast\"",
        "learningRate=0x1p3                   | learningRate         | must be a number, got \"0x1p3\"",
        "learningRate=NaN                     | learningRate         | must be a number, got \"NaN\"",
        "points=5000                          | points               | must be an integer from 10 to 2000, got 5000",
        "hiddenLayers=4,a                     | hiddenLayers[1]      | must be an integer, got \"a\"",
        "features=                            | features             | must not be empty; choose from x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2, cosx1, cosx2",
        "dataset=custom&customPoints=1,2      | customPoints         | must hold x1,x2,label triples, got 2 numbers",
        "dataset=custom&customPoints=7,0,1    | customPoints[0]      | x1 must be in [-6, 6], got 7",
        "showTestData=yes                     | showTestData         | must be true or false, got \"yes\"",
        "x=1                                  | x                    | must be true or false, got \"1\"",
        "x=false&y=false                      | features             | must not be empty; choose from x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2, cosx1, cosx2",
        "hide=dataset,turbo                   | hidden               | unknown control \"turbo\"; controls are problem, dataset, points, classes, customPoints, noise, trainPercent, seed, initSeed, features, hiddenLayers, activation, learningRate, batchSize, regularization, regularizationRate, optimizer, loss, init, x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2, cosx1, cosx2, showTestData, discretize, play, step, reset, regenerate, replay",
        "turbo_hide=true                      | turbo_hide           | unknown control \"turbo\" to hide",
        "noise_hide=maybe                     | noise_hide           | must be true or false, got \"maybe\"",
        "goalTestLoss=0                       | goal.testLossBelow   | must be a number > 0, got 0",
        "goalEpochs=ten                       | goal.withinEpochs    | must be an integer, got \"ten\"",
        "goalTestLoss=0.1&goalTestLossMinThresholdFirst=0.2 | goalTestLossMinThresholdFirst | sets goal.testLossBelow which goalTestLoss already sets",
        "goalTestLossMinThresholdFirst=low    | goalTestLossMinThresholdFirst | must be a number, got \"low\"",
        "goalTestLossMinThresholdTenth=0.1    | goalTestLossMinThresholdTenth | unknown key, neither ours nor TensorFlow Playground's",
        "problem=regression&regDataset=reg-maximum | regDataset      | must be reg-plane or reg-gauss, got \"reg-maximum\"",
        "problem=regression&dataset=circle    | dataset              | \"circle\" is not a regression data set; for regression use one of plane, multigauss, houses, custom",
        "noise=80                             | noise                | must be ≥ 0 and ≤ 50, got 80",
    })
    void badHashesAreRefusedNamingTheKey(String hash, String key, String problem) {
        ConfigException e = error(hash);
        assertEquals(key, e.key());
        assertEquals(problem.replace("\\\"", "\""), e.problem());
    }

    @Test
    void hashErrorsReadExactlyLikeJsonErrors() {
        String fromJson = assertThrows(ConfigException.class,
                () -> Config.fromJson("{\"batchSize\":0}", Limits.BROWSER)).getMessage();
        assertEquals(fromJson, error("batchSize=0").getMessage());
    }

    @Test
    void limitsApplyToHashesToo() {
        assertEquals(5000, HashCodec.decode("points=5000&hiddenLayers=32,32", Limits.SERVER).config().points);
    }

    // ---------------------------------------------------------------- TensorFlow Playground links

    @Test
    void theReferencesDefaultLinkOpensTheDefaults() {
        HashCodec.Decoded d = decode("#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane"
                + "&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.64536&showTestData=false"
                + "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false"
                + "&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification"
                + "&initZero=false&hideText=false");
        assertEquals(Config.defaults().with("seed", 1484716129), d.config());
        assertEquals(ViewOptions.DEFAULT, d.view());
    }

    @Test
    void aReferenceSeedIsHashedToThe32BitFnv1aOfItsText() {
        assertEquals(1484716129, decode("seed=0.64536").config().seed);
        assertEquals(TfPlayground.seed("0.64536"), decode("x=true&seed=0.64536").config().seed);
        assertEquals(-55838896, decode("seed=0.245").config().seed);
        assertEquals(-2128831035, TfPlayground.seed(""));
        assertEquals(42, decode("seed=42").config().seed, "integer text is our seed");
        assertEquals(-7, decode("seed=-7").config().seed);
        assertEquals(TfPlayground.seed("abc"), decode("seed=abc").config().seed);
    }

    @Test
    void aLinkWithoutProblemIsClassification() {
        Config c = decode("activation=relu&networkShape=3&x=true&y=false").config();
        assertTrue(c.isClassification());
        assertEquals("relu", c.activation);
        assertArrayEquals(new int[] {3}, c.hiddenLayers);
        assertArrayEquals(new String[] {"x1"}, c.features);
    }

    @Test
    void aReferenceRegressionLinkTakesItsDatasetFromRegDataset() {
        HashCodec.Decoded d = decode("#activation=tanh&batchSize=10&dataset=gauss&regDataset=reg-gauss"
                + "&learningRate=0.03&regularizationRate=0&noise=0&networkShape=6,6&seed=0.99828&showTestData=false"
                + "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false"
                + "&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=regression"
                + "&initZero=false&hideText=false");
        Config expected = json("{'problem':'regression','dataset':'multigauss','hiddenLayers':[6,6],'seed':1844252629}");
        assertEquals(expected, d.config());
        assertEquals(1200, d.config().points);
        assertEquals(ViewOptions.DEFAULT, d.view());
    }

    @Test
    void aRegressionLinkWithoutRegDatasetIsThePlaneAndEmptyNetworkShapeIsNoHiddenLayer() {
        HashCodec.Decoded d = decode("#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane"
                + "&learningRate=0.03&regularizationRate=0&noise=25&networkShape=&seed=0.27079&showTestData=false"
                + "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false"
                + "&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=regression"
                + "&initZero=false&hideText=false&showTestData_hide=false&activation_hide=true&noise_hide=false"
                + "&discretize_hide=true&dataset_hide=true&batchSize_hide=true&percTrainData_hide=true"
                + "&numHiddenLayers_hide=true&problem_hide=true");
        assertEquals(json("{'problem':'regression','dataset':'plane','noise':25,'hiddenLayers':[],'seed':797412160}"),
                d.config());
        assertEquals(Arrays.asList("problem", "dataset", "trainPercent", "hiddenLayers", "activation", "batchSize",
                "discretize"), new ArrayList<>(d.view().hidden));
        assertEquals("plane", decode("problem=regression&networkShape=").config().dataset);
    }

    @Test
    void referenceHideKeysHideOurControlsAndItsL1IsOurL1() {
        HashCodec.Decoded d = decode(unescape("#activation=linear&amp;regularization=L1&amp;batchSize=10"
                + "&amp;dataset=xor&amp;regDataset=reg-plane&amp;learningRate=0.03&amp;regularizationRate=0.01"
                + "&amp;noise=20&amp;networkShape=&amp;seed=0.64177&amp;showTestData=false&amp;discretize=true"
                + "&amp;percTrainData=50&amp;x=true&amp;y=true&amp;xTimesY=false&amp;xSquared=false&amp;ySquared=false"
                + "&amp;cosX=false&amp;sinX=false&amp;cosY=false&amp;sinY=false&amp;collectStats=false"
                + "&amp;problem=classification&amp;initZero=false&amp;hideText=false&amp;numHiddenLayers_hide=true"
                + "&amp;percTrainData_hide=true&amp;regularizationRate_hide=true&amp;learningRate_hide=false"
                + "&amp;playButton_hide=false&amp;discretize_hide=false&amp;resetButton_hide=false"
                + "&amp;regularization_hide=true&amp;dataset_hide=false&amp;batchSize_hide=true&amp;noise_hide=true"
                + "&amp;problem_hide=false&amp;activation_hide=true&amp;stepButton_hide=false&amp;showTestData_hide=true"));
        assertEquals(json("{'dataset':'xor','activation':'linear','regularization':'l1','regularizationRate':0.01,"
                + "'noise':20,'hiddenLayers':[],'seed':-1813152730}"), d.config());
        assertTrue(d.view().discretize);
        assertEquals(Arrays.asList("noise", "trainPercent", "hiddenLayers", "activation", "batchSize",
                "regularization", "regularizationRate", "showTestData"), new ArrayList<>(d.view().hidden));
        assertEquals(Arrays.asList("play", "step", "reset"),
                new ArrayList<>(decode("playButton_hide=true&stepButton_hide=true&resetButton_hide=true").view().hidden));
    }

    @Test
    void initZeroIsOurZeroInit() {
        assertEquals("zero", decode("initZero=true").config().init);
        assertEquals("uniform", decode("initZero=false").config().init);
        assertEquals("zero", decode("init=zero&initZero=false").config().init);
    }

    @Test
    void everyReferenceFeatureKeyMapsToOurs() {
        Config c = decode("x=false&y=false&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true"
                + "&cosX=true&cosY=true").config();
        assertArrayEquals(new String[] {"x1sq", "x2sq", "x1x2", "sinx1", "sinx2", "cosx1", "cosx2"}, c.features);
    }

    // ---------------------------------------------------------------- crash-course links

    @Test
    void crashCourseTestLossThresholdsBecomeSuccessiveTasksAndHiddenFeaturesAreNotInputs() {
        // developers.google.com/machine-learning/crash-course/playground, "first neural network"
        HashCodec.Decoded d = decode(unescape("#activation=linear&amp;regularization=L2&amp;batchSize=10"
                + "&amp;dataset=xor&amp;regDataset=reg-plane&amp;learningRate=0.01&amp;regularizationRate=0"
                + "&amp;noise=35&amp;networkShape=1&amp;seed=0.50819&amp;showTestData=false&amp;discretize=false"
                + "&amp;percTrainData=50&amp;x=true&amp;y=true&amp;xTimesY=true&amp;xSquared=true&amp;ySquared=true"
                + "&amp;cosX=false&amp;sinX=false&amp;cosY=false&amp;sinY=false&amp;collectStats=true"
                + "&amp;problem=classification&amp;initZero=false&amp;hideText=true&amp;dataset_hide=true"
                + "&amp;percTrainData_hide=false&amp;noise_hide=false&amp;batchSize_hide=false&amp;xTimesY_hide=true"
                + "&amp;xSquared_hide=true&amp;ySquared_hide=true&amp;sinX_hide=true&amp;sinY_hide=true"
                + "&amp;activation_hide=false&amp;learningRate_hide=false&amp;regularization_hide=false"
                + "&amp;regularizationRate_hide=false&amp;numHiddenLayers_hide=false&amp;problem_hide=true"
                + "&amp;tutorial=dp-neural-net-intro-first&amp;goalTestLossMinThresholdFirst=0.35"
                + "&amp;goalTestLossMinThresholdSecond=0.2&amp;goalTestLossMinThresholdThird=0.177"));
        // The hidden features x1x2, x1sq, x2sq are switched on but, as in the reference, not inputs.
        assertEquals(json("{'dataset':'xor','noise':35,'hiddenLayers':[1],'seed':529054168,'activation':'linear',"
                + "'regularization':'l2','learningRate':0.01}"), d.config());
        ViewOptions v = d.view();
        assertTrue(v.hideText);
        assertEquals(Arrays.asList("problem", "dataset", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2"),
                new ArrayList<>(v.hidden));
        assertEquals(Goal.ofTasks(Arrays.asList(new Goal(0.35, null, null, null, null, null),
                new Goal(0.2, null, null, null, null, null), new Goal(0.177, null, null, null, null, null))), v.goal);
        assertEquals(0.177, v.goal.testLossBelow, "the goal's own parts are its last task's");
    }

    @Test
    void crashCourseThresholdsOfOneOrdinalMakeOneTaskAndItsMinAndMaxGiveTheStricter() {
        HashCodec.Decoded d = decode(unescape("#activation=linear&amp;regularization=L2&amp;batchSize=7"
                + "&amp;dataset=xor&amp;regDataset=reg-plane&amp;learningRate=0.01&amp;regularizationRate=0.1"
                + "&amp;noise=30&amp;networkShape=&amp;seed=0.57899&amp;showTestData=false&amp;discretize=false"
                + "&amp;percTrainData=20&amp;x=true&amp;y=true&amp;xTimesY=true&amp;xSquared=true&amp;ySquared=true"
                + "&amp;cosX=false&amp;sinX=false&amp;cosY=false&amp;sinY=false&amp;collectStats=true"
                + "&amp;problem=classification&amp;initZero=false&amp;hideText=true&amp;dataset_hide=true"
                + "&amp;percTrainData_hide=false&amp;noise_hide=false&amp;batchSize_hide=false&amp;xTimesY_hide=false"
                + "&amp;xSquared_hide=false&amp;ySquared_hide=false&amp;sinX_hide=true&amp;sinY_hide=true"
                + "&amp;activation_hide=true&amp;learningRate_hide=false&amp;regularization_hide=false"
                + "&amp;regularizationRate_hide=false&amp;numHiddenLayers_hide=true&amp;problem_hide=true"
                + "&amp;tutorial=dp-regularization-for-sparsity&amp;goalTrainTestDiffMaxThresholdFirst=0.135"
                + "&amp;goalTestLossMinThresholdFirst=0.205&amp;goalTrainTestDiffMinThresholdFirst=0.1"
                + "&amp;goalTrainTestDiffMinThresholdSecond=0.05"));
        Config c = d.config();
        assertArrayEquals(new String[] {"x1", "x2", "x1sq", "x2sq", "x1x2"}, c.features);
        assertEquals(20, c.trainPercent);
        assertEquals(7, c.batchSize);
        assertEquals(0, c.hiddenLayers.length);
        assertEquals(830289143, c.seed);
        assertEquals(Goal.ofTasks(Arrays.asList(new Goal(0.205, null, 0.1, null, null, null),
                new Goal(null, null, 0.05, null, null, null))), d.view().goal);
        assertEquals(Arrays.asList("problem", "dataset", "hiddenLayers", "activation", "sinx1", "sinx2"),
                new ArrayList<>(d.view().hidden));
    }

    @Test
    void crashCourseTrainingLossGoalIsKeptAndItsNoise80IsReadAs50() {
        HashCodec.Decoded d = decode(unescape("#activation=linear&amp;batchSize=3&amp;dataset=gauss"
                + "&amp;regDataset=reg-plane&amp;learningRate=3&amp;regularizationRate=0&amp;noise=80"
                + "&amp;networkShape=&amp;seed=0.245&amp;showTestData=false&amp;discretize=false&amp;percTrainData=50"
                + "&amp;x=true&amp;y=true&amp;xTimesY=false&amp;xSquared=false&amp;ySquared=false&amp;cosX=false"
                + "&amp;sinX=false&amp;cosY=false&amp;sinY=false&amp;collectStats=false&amp;problem=classification"
                + "&amp;initZero=false&amp;hideText=true&amp;numHiddenLayers_hide=true&amp;playButton_hide=true"
                + "&amp;dataset_hide=true&amp;percTrainData_hide=true&amp;noise_hide=true&amp;batchSize_hide=true"
                + "&amp;xTimesY_hide=true&amp;xSquared_hide=true&amp;ySquared_hide=true&amp;sinX_hide=true"
                + "&amp;sinY_hide=true&amp;activation_hide=true&amp;learningRate_hide=false&amp;regularization_hide=true"
                + "&amp;regularizationRate_hide=true&amp;problem_hide=true&amp;tutorial=dp-reducing-loss-learning-rate"
                + "&amp;goalTrainLossMinThresholdFirst=0.25"));
        Config c = d.config();
        assertEquals(3.0, c.learningRate);
        assertEquals(50.0, c.noise, "the exercise's noise 80 is read as our maximum");
        assertEquals(-55838896, c.seed);
        assertEquals(new Goal(null, 0.25, null, null, null, null), d.view().goal);
        assertTrue(d.view().isHidden("play"));
        assertFalse(d.view().isHidden("learningRate"));
    }

    @Test
    void crashCourseTrainingAndTestSetsExerciseTakesTheStricterGap() {
        HashCodec.Decoded d = decode("activation=linear&batchSize=1&dataset=gauss&learningRate=3&noise=80"
                + "&networkShape=&seed=0.06680&percTrainData=50&problem=classification&hideText=true"
                + "&tutorial=dp-training-and-test-sets&goalTrainTestDiffMinThresholdFirst=0.02"
                + "&goalTrainTestDiffMaxThresholdFirst=0.4");
        assertEquals(0.02, d.view().goal.trainTestGapBelow);
        assertEquals(-2077752095, d.config().seed);
    }

    @Test
    void aGoalOfSeveralTasksIsWrittenOneValuePerTaskAndReadBack() {
        HashCodec.Decoded d = decode("goalTestLossMinThresholdFirst=0.35&goalTestLossMinThresholdSecond=0.2"
                + "&goalTrainTestDiffMaxThresholdSecond=0.1");
        Goal goal = d.view().goal;
        assertEquals(2, goal.tasks.size());
        assertEquals("{\"tasks\":[{\"testLossBelow\":0.35},{\"testLossBelow\":0.2,\"trainTestGapBelow\":0.1}]}",
                goal.toString());
        String ours = HashCodec.encode(d.config(), d.view());
        assertTrue(ours.endsWith("&goalTestLoss=0.35,0.2&goalGap=,0.1"), ours);
        assertEquals(goal, decode(ours).view().goal);
        // One task is written exactly as before: one value per key.
        String one = HashCodec.encode(Config.defaults(), ViewOptions.DEFAULT.withGoal(new Goal(0.1, null, null, 2, null, 300)));
        assertTrue(one.endsWith("&goalTestLoss=0.1&goalMaxLayers=2&goalEpochs=300"), one);
        ConfigException e = assertThrows(ConfigException.class,
                () -> decode("goalTestLoss=0.3,0.2&goalTestLossMinThresholdSecond=0.1"));
        assertEquals("goalTestLossMinThresholdSecond: sets goal.testLossBelow of task 2 which goalTestLoss already sets",
                e.getMessage());
    }

    @Test
    void aDecodedReferenceLinkIsWrittenBackInOurFormat() {
        HashCodec.Decoded d = decode("networkShape=3&x=true&xTimesY=true&xTimesY_hide=false&sinX_hide=true"
                + "&goalTestLossMinThresholdFirst=0.3&showTestData=true");
        String ours = HashCodec.encode(d.config(), d.view());
        assertTrue(ours.contains("&features=x1,x2,x1x2&hiddenLayers=3&"), ours);
        assertTrue(ours.endsWith("&showTestData=true&hide=sinx1&goalTestLoss=0.3"), ours);
        HashCodec.Decoded again = decode(ours);
        assertEquals(d.config(), again.config());
        assertEquals(d.view(), again.view());
    }

    @Test
    void featuresGivenByOurKeyStayEvenWhenAReferenceKeyHidesOne() {
        Config c = decode("features=x1,x2,sinx1&sinX_hide=true").config();
        assertArrayEquals(new String[] {"x1", "x2", "sinx1"}, c.features);
    }

    @Test
    void referenceHideKeysForTheSameControlMerge() {
        Map<String, Object> map = decode("numHiddenLayers_hide=true&networkShape_hide=true&regDataset_hide=true&dataset_hide=true")
                .view().toMap();
        assertEquals(Arrays.asList("dataset", "hiddenLayers"), map.get("hidden"));
    }
}
