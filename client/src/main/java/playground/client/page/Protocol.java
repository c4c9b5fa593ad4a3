package playground.client.page;

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
final class Protocol {
    private Protocol() {}

    static final String TYPE = "type";
    static final String LOAD = "load";
    static final String RETUNE = "retune";
    static final String VIEW = "view";
    static final String FRAME = "frame";
    static final String SET = "set";
    static final String IMPORT = "import";
    static final String EXPORT = "export";
    static final String RESTORE = "restore";
    static final String DIAGRAM = "diagram";

    static final String READY = "ready";
    static final String ERROR = "error";
    static final String FEATURES = "features";
    static final String DATA = "data";
    static final String EXPORTED = "exported";

    static final String MODEL = "model";
    static final String LOSS_CSV = "lossCsv";
    static final String DATA_CSV = "dataCsv";
    static final String PYTORCH = "pytorch";
    static final String KERAS = "keras";
    static final String MATH = "math";
    static final String SNAPSHOT = "snapshot";
    static final String FINGERPRINT = "fingerprint";
}
