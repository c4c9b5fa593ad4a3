package playground.client.engine.worker;

import static playground.client.engine.Protocol.*;
import java.util.Map;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;
import playground.client.engine.DiagramLayout;
import playground.client.ui.Js;
import playground.config.Config;
import playground.config.Limits;
import playground.data.Dataset;
import playground.nn.OutputKind;
import playground.picture.HeatmapPainter;
import playground.picture.Palette;
import playground.train.Fingerprint;
import playground.train.Metrics;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * The worker side of the engine: owns the {@link TrainingRun}, trains when the page asks for a
 * frame, and answers with the losses, parameters, metrics and pictures the page draws. The page
 * asks for one frame at a time, so training is paced by the display and never queues up.
 */
public final class EngineWorker {
    private TrainingRun run;
    /** The page's number of the request the run answers (see Protocol): every data and frame carries it. */
    private int runNumber;
    private HeatmapPainter pictures;
    /** Paints the page's network diagram, once the page has handed its canvas over. */
    private final DiagramPainter diagram = new DiagramPainter();
    private Palette palette = Palette.of(false, false);
    private boolean discretize;
    /** Loss-history entries and gradient rows the page has already received. */
    private int lossesSent;
    private int gradSent;
    /** Per trained epoch, the gradient size of each layer 1…L-1 (the page's gradient chart). */
    private double[] gradHistory = new double[1024];
    private int gradRows;
    /**
     * While training, pictures are painted every frame when that is cheap, and less often when it
     * is not: after a painting that took t ms the next waits at least 2t ms, so painting never
     * takes more than a third of the worker's time and training keeps its pace. (The 100 × 100
     * output and every neuron's picture of a large network cost more than an epoch.)
     */
    private double lastPictures = -1e9;
    private double paintMillis;
    /** Confusion counts, up to 5 × 5 classes. */
    private final int[] confusion = new int[25];

    private EngineWorker() {}

    /** Starts listening; the page sends nothing before it hears {@code ready} (engine.WorkerChannel). */
    public static void start() {
        EngineWorker worker = new EngineWorker();
        WorkerScope.listen(worker::receive);
        JSObject ready = Js.object();
        Js.set(ready, TYPE, READY);
        WorkerScope.post(ready);
    }

    private void receive(JSObject m) {
        String type = Js.string(m, TYPE);
        try {
            switch (type) {
                case LOAD:
                case IMPORT:
                case RESTORE:
                    replaceRun(type, m);
                    break;
                case RETUNE:
                    retune(Config.fromJson(Js.string(m, CONFIG), Limits.BROWSER));
                    break;
                case VIEW:
                    setView(m);
                    sendFrame(false, true);
                    break;
                case FRAME:
                    train(Js.integer(m, EPOCHS), Js.integer(m, STOP_EPOCH), Js.number(m, STOP_LOSS));
                    break;
                case SET:
                    setParameter(Js.string(m, KIND), Js.integer(m, INDEX), Js.number(m, VALUE));
                    break;
                case EXPORT:
                    export(Js.string(m, WHAT), Js.integer(m, ID));
                    break;
                case DIAGRAM:
                    if (Js.has(m, CANVAS)) {
                        diagram.attach(Js.get(m, CANVAS));
                    } else {
                        diagram.setLayout(DiagramLayout.read(m));
                        if (run != null) paintDiagram(Js.clamped(Int8Array.copyFromJavaArray(pictures.thumbs)));
                    }
                    break;
                default:
                    throw new IllegalArgumentException("unknown message " + type);
            }
        } catch (RuntimeException e) {
            postError(type, String.valueOf(e.getMessage()));
        }
    }

    private static void postError(String during, String message) {
        JSObject error = Js.object();
        Js.set(error, TYPE, ERROR);
        Js.set(error, DURING, during);
        Js.set(error, MESSAGE, message);
        WorkerScope.post(error);
    }

    private void setView(JSObject m) {
        discretize = Js.bool(m, DISCRETIZE);
        palette = Palette.of(Js.bool(m, COLORBLIND), Js.bool(m, DARK));
        JSObject features = Js.object();
        Js.set(features, TYPE, FEATURES);
        JSObject pixels = Js.clamped(Int8Array.copyFromJavaArray(HeatmapPainter.features(palette)));
        Js.set(features, PIXELS, pixels);
        JSObject transfer = Js.array();
        Js.push(transfer, pixels);
        WorkerScope.post(features, transfer);
    }

    /**
     * A fresh, imported or restored run. When an import or restore fails, the run it would have
     * replaced answers the request instead (the page skips what was sent under older numbers).
     */
    private void replaceRun(String type, JSObject m) {
        runNumber = Js.integer(m, RUN);
        try {
            if (LOAD.equals(type)) {
                setView(m);
                load(new TrainingRun(Config.fromJson(Js.string(m, CONFIG), Limits.BROWSER)), false);
            } else if (IMPORT.equals(type)) {
                load(ExportFiles.readModel(Js.string(m, JSON)), true);
            } else {
                load(Snapshot.fromJson(Js.string(m, JSON), Limits.BROWSER), true);
            }
        } catch (RuntimeException e) {
            if (run != null) announce(false);
            throw e;
        }
    }

    /** A new run (fresh or imported): the page gets its data and a full history. */
    private void load(TrainingRun next, boolean imported) {
        run = next;
        pictures = new HeatmapPainter(run.network, run.features);
        gradRows = 0;
        announce(imported);
    }

    /** The run's data and a frame with its whole history. */
    private void announce(boolean imported) {
        lossesSent = 0;
        gradSent = 0;
        sendData(imported);
        sendFrame(false, true);
    }

    /** Same network, weights and progress under a configuration that differs in training settings only. */
    private void retune(Config config) {
        Map<String, Object> state = Snapshot.of(run);
        state.put("config", config.toMap());
        run = Snapshot.restore(state, Limits.BROWSER);
        pictures = new HeatmapPainter(run.network, run.features);
        sendFrame(false, true);
    }

    private void train(int epochs, int stopEpoch, double stopLoss) {
        boolean stopped = false;
        for (int i = 0; i < epochs && !run.diverged(); i++) {
            run.trainEpoch();
            recordGradients();
            if ((stopEpoch > 0 && run.epoch() >= stopEpoch) || (stopLoss > 0 && run.testLoss() <= stopLoss)) {
                stopped = true;
                break;
            }
        }
        boolean due = Js.now() - lastPictures >= 3 * paintMillis;
        sendFrame(stopped, due || stopped || epochs == 0 || run.diverged());
    }

    private void recordGradients() {
        double[] norms = run.trainer.layerGradientNorms();
        int width = norms.length - 1;
        if ((gradRows + 1) * width > gradHistory.length) {
            double[] bigger = new double[gradHistory.length * 2];
            System.arraycopy(gradHistory, 0, bigger, 0, gradHistory.length);
            gradHistory = bigger;
        }
        System.arraycopy(norms, 1, gradHistory, gradRows * width, width);
        gradRows++;
    }

    private void setParameter(String kind, int index, double value) {
        if (!(value == value) || Math.abs(value) > 1e6) throw new IllegalArgumentException("not a usable number");
        if (WEIGHT.equals(kind)) {
            run.network.weights[checkIndex(index, run.network.weights.length)] = value;
            run.network.dead[index] = false;
        } else {
            int node = checkIndex(index, run.network.biases.length);
            if (node < run.network.inputCount()) throw new IllegalArgumentException("inputs have no bias");
            run.network.biases[node] = value;
        }
        sendFrame(false, true);
    }

    private static int checkIndex(int index, int length) {
        if (index < 0 || index >= length) throw new IllegalArgumentException("no parameter " + index);
        return index;
    }

    private void sendData(boolean imported) {
        JSObject data = Js.object();
        Js.set(data, TYPE, DATA);
        Js.set(data, RUN, runNumber);
        Js.set(data, IMPORTED, imported);
        Js.set(data, CONFIG, run.config.toJson());
        putPoints(data, TRAIN_X1, TRAIN_X2, TRAIN_LABEL, run.train);
        putPoints(data, TEST_X1, TEST_X2, TEST_LABEL, run.test);
        WorkerScope.post(data);
    }

    private static void putPoints(JSObject message, String x1, String x2, String label, Dataset d) {
        Js.set(message, x1, Js.doubles(d.x1));
        Js.set(message, x2, Js.doubles(d.x2));
        Js.set(message, label, Js.doubles(d.label));
    }

    /**
     * Posts the current state; {@code stopped}: a stop condition was reached; {@code pictures}:
     * paint and include the pictures too.
     */
    private void sendFrame(boolean stopped, boolean withPictures) {
        JSObject f = Js.object();
        Js.set(f, TYPE, FRAME);
        Js.set(f, RUN, runNumber);
        Js.set(f, STOPPED, stopped);
        Js.set(f, EPOCH, run.epoch());
        Js.set(f, DIVERGED, run.diverged());
        Js.set(f, TRAIN_LOSS, run.trainLoss());
        Js.set(f, TEST_LOSS, run.testLoss());
        putHistory(f);
        Js.set(f, WEIGHTS, Js.doubles(run.network.weights));
        Js.set(f, BIASES, Js.doubles(run.network.biases));
        Js.set(f, LINK_GRADIENTS, Js.doubles(run.trainer.linkGradients()));
        putMetrics(f);
        if (!withPictures) {
            WorkerScope.post(f);
            return;
        }
        lastPictures = Js.now();
        pictures.paint(palette, discretize, run.config.classes);
        JSObject output = Js.clamped(Int8Array.copyFromJavaArray(pictures.output));
        JSObject thumbs = Js.clamped(Int8Array.copyFromJavaArray(pictures.thumbs));
        paintDiagram(thumbs);
        paintMillis = Js.now() - lastPictures;
        Js.set(f, OUTPUT, output);
        Js.set(f, THUMBS, thumbs);
        Js.set(f, FIRST_THUMB_NODE, pictures.firstNode());
        JSObject transfer = Js.array();
        Js.push(transfer, output);
        Js.push(transfer, thumbs);
        WorkerScope.post(f, transfer);
    }

    /** The diagram's links and neuron pictures, on the page's canvas (when it was handed over). */
    private void paintDiagram(JSObject thumbs) {
        if (!diagram.attached()) return;
        if (!diagram.fits(run.network.weights.length, run.network.nodeCount())) {
            diagram.clear();
            return;
        }
        diagram.paint(run.network.weights, run.trainer.linkGradients(), thumbs, pictures.firstNode(), palette);
    }

    private void putHistory(JSObject f) {
        double[] train = run.history().trainLosses();
        double[] test = run.history().testLosses();
        Js.set(f, LOSS_FROM, lossesSent);
        Js.set(f, TRAIN_LOSSES, Js.doubles(train, lossesSent, train.length));
        Js.set(f, TEST_LOSSES, Js.doubles(test, lossesSent, test.length));
        lossesSent = train.length;
        int width = run.network.layers() - 2;
        Js.set(f, GRAD_WIDTH, width + 1);
        Js.set(f, GRAD_FROM, gradSent);
        Js.set(f, GRAD_NORMS, Js.doubles(gradHistory, gradSent * (width + 1), gradRows * (width + 1)));
        gradSent = gradRows;
    }

    private void putMetrics(JSObject f) {
        if (run.config.isRegression()) {
            Js.set(f, R2_TRAIN, Metrics.rSquared(run.network, run.trainExamples));
            Js.set(f, R2_TEST, Metrics.rSquared(run.network, run.testExamples));
            Js.set(f, RMSE_TRAIN, Metrics.rmse(run.network, run.trainExamples));
            Js.set(f, RMSE_TEST, Metrics.rmse(run.network, run.testExamples));
            return;
        }
        int k = run.network.outputKind == OutputKind.SOFTMAX ? run.network.outputCount() : 2;
        Js.set(f, ACCURACY_TRAIN, Metrics.confusion(run.network, run.trainExamples, confusion));
        Js.set(f, ACCURACY_TEST, Metrics.confusion(run.network, run.testExamples, confusion));
        int[] counts = new int[k * k];
        System.arraycopy(confusion, 0, counts, 0, counts.length);
        Js.set(f, CONFUSION, Js.ints(counts));
        Js.set(f, CLASSES, k);
    }

    private void export(String what, int id) {
        String text;
        switch (what) {
            case MODEL: text = ExportFiles.modelJson(run); break;
            case LOSS_CSV: text = ExportFiles.lossCsv(run); break;
            case DATA_CSV: text = dataCsv(); break;
            case SNAPSHOT: text = Snapshot.toJson(run); break;
            case FINGERPRINT: text = Fingerprint.of(run); break;
            case PYTORCH:
            case KERAS:
                ExportBundle.script(what, run, written -> postExported(what, id, written),
                        message -> postError(EXPORT, message));
                return;
            case MATH:
                ExportBundle.maths(run, written -> postExported(what, id, written), message -> postError(EXPORT, message));
                return;
            default: throw new IllegalArgumentException("nothing to export as " + what);
        }
        postExported(what, id, text);
    }

    private static void postExported(String what, int id, String text) {
        JSObject m = Js.object();
        Js.set(m, TYPE, EXPORTED);
        Js.set(m, WHAT, what);
        Js.set(m, ID, id);
        if (text != null) Js.set(m, TEXT, text);
        WorkerScope.post(m);
    }

    /** Training points first, then test points: the data set as CSV that the page reads back. */
    private String dataCsv() {
        Dataset a = run.train;
        Dataset b = run.test;
        return new Dataset(concat(a.x1, b.x1), concat(a.x2, b.x2), concat(a.label, b.label), a.classes).toCsv();
    }

    private static double[] concat(double[] a, double[] b) {
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
