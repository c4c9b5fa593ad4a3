package playground.client.engine;

/**
 * The messages between the page and its training worker. Each is a plain object whose
 * {@code type} is one of these names; numbers and arrays travel as numbers and typed arrays
 * (pixels are transferred, not copied).
 *
 * <pre>
 * page → worker
 *   load    {config, discretize, colorblind, dark}   build a fresh run (same seed, same start)
 *   retune  {config}                      same network and state, new learning rate and the like
 *   view    {discretize, colorblind, dark}  repaint with other colours
 *   frame   {id, epochs, stopEpoch, stopLoss}  train some epochs (0: none), answer with a frame
 *   set     {kind: weight|bias, index, value}  change one parameter
 *   import  {json}                        restore a model file
 *   restore {json}                        restore a Snapshot (a saved experiment's trained state)
 *   diagram {canvas}                      the diagram's OffscreenCanvas, the worker paints it
 *   diagram {width, height, ratio, byGradient, weightIndex, ends, nodeX, nodeY, nodeSize}
 *                                         where its links and pictures go ({@link DiagramLayout})
 *   export  {what, id}                    model, lossCsv, dataCsv, pytorch, keras, math,
 *                                         snapshot (to save), fingerprint (exact bits, for tests)
 *
 * worker → page
 *   ready, error {message, during}
 *   features {pixels}                     the nine feature pictures (THUMB² each)
 *   data    {config, trainX1, trainX2, trainLabel, testX1, testX2, testLabel}
 *   frame   {id, epoch, lossFrom, trainLosses, testLosses, gradFrom, gradNorms, diverged,
 *            stopped, weights, biases, linkGradients, output, thumbs, metrics…}
 *   exported {what, id, text}             text null: not available in this build
 * </pre>
 */
public final class Protocol {
    private Protocol() {}

    /** The output picture: DENSITY × DENSITY pixels over [-DOMAIN, DOMAIN]² (TensorFlow Playground's grid). */
    public static final int DENSITY = 100;
    public static final double DOMAIN = 6;
    /** A neuron's thumbnail takes every THUMB_STEP-th grid point, both ends of the plane included. */
    public static final int THUMB_STEP = 3;
    public static final int THUMB = (DENSITY - 1) / THUMB_STEP + 1;

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
}
