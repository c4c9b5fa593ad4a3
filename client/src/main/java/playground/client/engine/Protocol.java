package playground.client.engine;

import playground.picture.HeatmapPainter;

/**
 * The messages between the page and its training worker, the one place that names them and
 * their fields (both sides use these constants). Each is a plain object whose
 * {@code type} is one of these names; numbers and arrays travel as numbers and typed arrays
 * (pixels are transferred, not copied).
 *
 * <pre>
 * page → worker
 *   load    {run, config, discretize, colorblind, dark}  build a fresh run (same seed, same start)
 *   retune  {config}                      same network and state, new learning rate and the like
 *   view    {discretize, colorblind, dark}  repaint with other colours
 *   frame   {epochs, stopEpoch, stopLoss}  train some epochs (0: none), answer with a frame
 *   set     {kind: weight|bias, index, value}  change one parameter
 *   import  {run, json}                   restore a model file
 *   restore {run, json}                   restore a Snapshot (a saved experiment's trained state)
 *   diagram {canvas}                      the diagram's OffscreenCanvas, the worker paints it
 *   diagram {width, height, ratio, byGradient, weightIndex, ends, nodeX, nodeY, nodeSize}
 *                                         where its links and pictures go ({@link DiagramLayout})
 *   export  {what, id}                    model, lossCsv, dataCsv, pytorch, keras, math,
 *                                         snapshot (to save), fingerprint (exact bits, for tests)
 *
 * worker → page
 *   ready, error {message, during}
 *   features {pixels}                     the nine feature pictures (THUMB² each)
 *   data    {run, config, trainX1, trainX2, trainLabel, testX1, testX2, testLabel}
 *   frame   {run, epoch, lossFrom, trainLosses, testLosses, gradFrom, gradNorms, diverged,
 *            stopped, weights, biases, linkGradients, output, thumbs, metrics…}
 *   exported {what, id, text}             text null: not available in this build
 *
 * run: the page numbers each run it asks for (load, import, restore); data and frames carry the
 * number of the request their run answers, so the page skips those of a run it has replaced
 * since (a saved experiment's fresh run, answered before its trained state is restored). An
 * import or restore that fails keeps the worker's run, which answers again under its number.
 *
 * worker → its exports bundle (engine.worker.ExportBundle, exports.ExportsMain)
 *   maths   {config, weights, biases, deadLinks}  the network as it is now (deadLinks: 1 per dead link)
 * </pre>
 */
public final class Protocol {
    private Protocol() {}

    /** The output picture: DENSITY × DENSITY pixels over [-DOMAIN, DOMAIN]² (TensorFlow Playground's grid). */
    public static final int DENSITY = HeatmapPainter.DENSITY;
    public static final double DOMAIN = HeatmapPainter.DOMAIN;
    /** A neuron's thumbnail takes every THUMB_STEP-th grid point, both ends of the plane included. */
    public static final int THUMB_STEP = HeatmapPainter.THUMB_STEP;
    public static final int THUMB = HeatmapPainter.THUMB;

    public static final String TYPE = "type";
    public static final String LOAD = "load";
    public static final String RETUNE = "retune";
    public static final String VIEW = "view";
    public static final String FRAME = "frame";
    public static final String SET = "set";
    public static final String IMPORT = "import";
    public static final String EXPORT = "export";
    public static final String RESTORE = "restore";
    public static final String DIAGRAM = "diagram";

    public static final String READY = "ready";
    public static final String ERROR = "error";
    public static final String FEATURES = "features";
    public static final String DATA = "data";
    public static final String EXPORTED = "exported";

    public static final String MODEL = "model";
    public static final String LOSS_CSV = "lossCsv";
    public static final String DATA_CSV = "dataCsv";
    public static final String PYTORCH = "pytorch";
    public static final String KERAS = "keras";
    public static final String MATH = "math";
    public static final String SNAPSHOT = "snapshot";
    public static final String FINGERPRINT = "fingerprint";

    // ---------------------------------------------------------------- field names
    // Written by one side and read by the other: a name misspelt on one side fails to compile.

    public static final String ACCURACY_TEST = "accuracyTest";
    public static final String ACCURACY_TRAIN = "accuracyTrain";
    public static final String BIASES = "biases";
    public static final String BY_GRADIENT = "byGradient";
    public static final String CANVAS = "canvas";
    public static final String CLASSES = "classes";
    public static final String COLORBLIND = "colorblind";
    public static final String CONFIG = "config";
    public static final String CONFUSION = "confusion";
    public static final String DARK = "dark";
    public static final String DEAD_LINKS = "deadLinks";
    public static final String DISCRETIZE = "discretize";
    public static final String DIVERGED = "diverged";
    public static final String DURING = "during";
    public static final String ENDS = "ends";
    public static final String EPOCH = "epoch";
    public static final String EPOCHS = "epochs";
    public static final String FIRST_THUMB_NODE = "firstThumbNode";
    public static final String GRAD_FROM = "gradFrom";
    public static final String GRAD_NORMS = "gradNorms";
    public static final String GRAD_WIDTH = "gradWidth";
    public static final String HEIGHT = "height";
    public static final String ID = "id";
    public static final String IMPORTED = "imported";
    public static final String INDEX = "index";
    public static final String JSON = "json";
    public static final String KIND = "kind";
    public static final String LINK_GRADIENTS = "linkGradients";
    public static final String LOSS_FROM = "lossFrom";
    public static final String MESSAGE = "message";
    public static final String NODE_SIZE = "nodeSize";
    public static final String NODE_X = "nodeX";
    public static final String NODE_Y = "nodeY";
    public static final String OUTPUT = "output";
    public static final String PIXELS = "pixels";
    public static final String R2_TEST = "r2Test";
    public static final String R2_TRAIN = "r2Train";
    public static final String RATIO = "ratio";
    public static final String RMSE_TEST = "rmseTest";
    public static final String RMSE_TRAIN = "rmseTrain";
    public static final String RUN = "run";
    public static final String STOPPED = "stopped";
    public static final String STOP_EPOCH = "stopEpoch";
    public static final String STOP_LOSS = "stopLoss";
    public static final String TEST_LABEL = "testLabel";
    public static final String TEST_LOSS = "testLoss";
    public static final String TEST_LOSSES = "testLosses";
    public static final String TEST_X1 = "testX1";
    public static final String TEST_X2 = "testX2";
    public static final String TEXT = "text";
    public static final String THUMBS = "thumbs";
    public static final String TRAIN_LABEL = "trainLabel";
    public static final String TRAIN_LOSS = "trainLoss";
    public static final String TRAIN_LOSSES = "trainLosses";
    public static final String TRAIN_X1 = "trainX1";
    public static final String TRAIN_X2 = "trainX2";
    public static final String VALUE = "value";
    public static final String WEIGHTS = "weights";
    public static final String WEIGHT_INDEX = "weightIndex";
    public static final String WHAT = "what";
    public static final String WIDTH = "width";

    /** Values of {@link #KIND} in a {@code set} message. */
    public static final String WEIGHT = "weight";
    public static final String BIAS = "bias";
}
