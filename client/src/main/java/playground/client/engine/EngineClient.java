package playground.client.engine;

import static playground.client.engine.Protocol.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import playground.client.ui.Js;
import playground.config.Config;
import playground.config.Limits;
import playground.config.Schema;
import playground.config.ViewOptions;

/**
 * The page's side of the training worker. It keeps the worker's run in step with the
 * {@link Experiment} (a new run when the experiment changes, the same run with new settings when
 * only the learning rate and the like change), asks for one frame per display frame while
 * playing, and hands each answer to the panels on the next animation frame.
 */
public final class EngineClient {
    /** Keys whose change keeps the trained network: the reference also trains on after them. */
    private static final List<String> TRAINING_SETTINGS = java.util.Arrays.asList(
            Schema.LEARNING_RATE, Schema.REGULARIZATION_RATE, Schema.BATCH_SIZE, Schema.REGULARIZATION,
            Schema.LOSS);

    private final Experiment state;
    private final WorkerChannel worker;
    private Config engineConfig;
    /** A trained state or a model file was sent since the last load: the worker's run is not a fresh one. */
    private boolean restoring;
    /** The number of the last run asked for (load, import, restore): answers for older runs are skipped. */
    private int runAsked;
    private boolean dark;

    private boolean playing;
    private boolean waiting;
    private boolean drawScheduled;
    private int speed = 1;
    private int stopEpoch;
    private double stopLoss;

    private Frame frame;
    /** The last frame with pictures; pictures lag the numbers by at most a few frames while training. */
    private Frame pictureFrame;
    private boolean frameDrawn = true;
    private Points points;
    private JSObject featurePixels;
    private final TrainingHistory history = new TrainingHistory();
    private int nextExport;
    private final Map<Integer, Consumer<String>> exports = new HashMap<>();
    private Consumer<String> importErrors;

    private final List<Consumer<Frame>> frameListeners = new ArrayList<>();
    private final List<Consumer<Frame>> pictureListeners = new ArrayList<>();
    private final List<Consumer<Points>> pointListeners = new ArrayList<>();
    private final List<Runnable> featureListeners = new ArrayList<>();
    private final List<Runnable> playListeners = new ArrayList<>();
    private final List<Runnable> trainingAskedListeners = new ArrayList<>();
    private final List<Consumer<String>> errorListeners = new ArrayList<>();

    public EngineClient(Experiment state, String runtime, boolean dark) {
        this.state = state;
        this.dark = dark;
        worker = new WorkerChannel(runtime, this::receive);
        state.listen(this::stateChanged);
        load();
    }

    // ---------------------------------------------------------------- reading

    public Frame frame() { return frame; }
    public Frame pictureFrame() { return pictureFrame; }
    public Points points() { return points; }
    public TrainingHistory history() { return history; }
    public JSObject featurePixels() { return featurePixels; }
    public boolean playing() { return playing; }
    int speed() { return speed; }

    /**
     * The configuration of the fresh run the worker is building, while its first answer is still
     * due; null once it came, or when the run will be a restored or imported one. The page may paint
     * that run's first picture itself meanwhile (the same bundle computes the same bits).
     */
    public Config freshRunDue() {
        return frame == null && !restoring ? engineConfig : null;
    }

    /** Every answer of the worker: numbers, losses, weights. */
    public void onFrame(Consumer<Frame> l) { frameListeners.add(l); }
    /** Answers with pictures: every one while paused; while training, as often as painting is cheap. */
    public void onPictures(Consumer<Frame> l) { pictureListeners.add(l); }
    public void onPoints(Consumer<Points> l) { pointListeners.add(l); }
    public void onFeatures(Runnable l) { featureListeners.add(l); }
    public void onPlayChange(Runnable l) { playListeners.add(l); }
    /** Hears every request to train: play and step (not a restored or loaded network). */
    public void onTrainingAsked(Runnable l) { trainingAskedListeners.add(l); }
    public void onError(Consumer<String> l) { errorListeners.add(l); }

    // ---------------------------------------------------------------- commands

    /** Starts the worker: what was asked of it so far waits until it is ready. */
    public void start() {
        worker.start();
    }

    public void play() {
        if (frame != null && frame.diverged) return;
        trainingAskedListeners.forEach(Runnable::run);
        setPlaying(true);
    }

    public void pause() {
        setPlaying(false);
    }

    public void togglePlay() {
        if (playing) pause(); else play();
    }

    /** One epoch, then pause. */
    public void step() {
        pause();
        trainingAskedListeners.forEach(Runnable::run);
        request(1);
    }

    /** The same configuration from the start: the same seed gives the same first weights. */
    public void reset() {
        pause();
        load();
    }

    public void setSpeed(int epochsPerFrame) { speed = Math.max(1, epochsPerFrame); }
    public void setStopEpoch(int epoch) { stopEpoch = Math.max(0, epoch); }
    public void setStopLoss(double loss) { stopLoss = loss > 0 ? loss : 0; }

    public void setDark(boolean dark) {
        if (this.dark == dark) return;
        this.dark = dark;
        post(viewMessage(VIEW));
    }

    /** Hands the diagram's canvas (an OffscreenCanvas) to the worker, which paints it from now on. */
    public void attachDiagram(JSObject offscreen) {
        JSObject m = message(DIAGRAM);
        Js.set(m, CANVAS, offscreen);
        JSObject transfer = Js.array();
        Js.push(transfer, offscreen);
        worker.send(m, transfer);
    }

    /** Where the diagram's links and pictures go; the worker repaints with it. */
    public void diagramLayout(DiagramLayout layout) {
        JSObject m = message(DIAGRAM);
        layout.write(m);
        post(m);
    }

    public void setWeight(int index, double value) {
        setParameter(WEIGHT, index, value);
    }

    public void setBias(int node, double value) {
        setParameter(BIAS, node, value);
    }

    private void setParameter(String kind, int index, double value) {
        JSObject m = message(SET);
        Js.set(m, KIND, kind);
        Js.set(m, INDEX, index);
        Js.set(m, VALUE, value);
        post(m);
    }

    /** Asks for an export; {@code done} gets the text, or null when this build cannot write it. */
    public void export(String what, Consumer<String> done) {
        int id = ++nextExport;
        exports.put(id, done);
        JSObject m = message(EXPORT);
        Js.set(m, WHAT, what);
        Js.set(m, ID, id);
        post(m);
    }

    /** Restores a model file; a problem goes to {@code errors}. */
    public void importModel(String json, Consumer<String> errors) {
        pause();
        restoring = true;
        importErrors = errors;
        JSObject m = message(IMPORT);
        Js.set(m, RUN, ++runAsked);
        Js.set(m, JSON, json);
        post(m);
    }

    /**
     * Restores a trained state (a {@code Snapshot}'s JSON, as saved with an experiment): training
     * continues from it bit for bit. A problem goes to {@code errors}.
     */
    public void restore(String snapshotJson, Consumer<String> errors) {
        pause();
        restoring = true;
        importErrors = errors;
        JSObject m = message(RESTORE);
        Js.set(m, RUN, ++runAsked);
        Js.set(m, JSON, snapshotJson);
        post(m);
    }

    // ---------------------------------------------------------------- keeping up with the page

    private void stateChanged(Config oldConfig, ViewOptions oldView) {
        ViewOptions view = state.view();
        if (view.discretize != oldView.discretize || view.colorblind != oldView.colorblind) {
            post(viewMessage(VIEW));
        }
        Config config = state.config();
        if (config.equals(engineConfig)) return;
        // A diverged network has no numbers left to train on: any change starts afresh.
        boolean diverged = frame != null && frame.diverged;
        if (!diverged && onlyTrainingSettingsDiffer(engineConfig, config)) {
            engineConfig = config;
            JSObject m = message(RETUNE);
            Js.set(m, CONFIG, config.toJson());
            post(m);
        } else {
            pause();
            load();
        }
    }

    private static boolean onlyTrainingSettingsDiffer(Config a, Config b) {
        if (a == null) return false;
        Map<String, Object> x = a.toMap();
        Map<String, Object> y = b.toMap();
        for (String key : TRAINING_SETTINGS) {
            x.remove(key);
            y.remove(key);
        }
        return x.equals(y);
    }

    private void load() {
        engineConfig = state.config();
        restoring = false;
        JSObject m = viewMessage(LOAD);
        Js.set(m, RUN, ++runAsked);
        Js.set(m, CONFIG, engineConfig.toJson());
        post(m);
    }

    private JSObject viewMessage(String type) {
        JSObject m = message(type);
        Js.set(m, DISCRETIZE, state.view().discretize);
        Js.set(m, COLORBLIND, state.view().colorblind);
        Js.set(m, DARK, dark);
        return m;
    }

    private void setPlaying(boolean on) {
        if (playing == on) return;
        playing = on;
        for (Runnable r : playListeners) r.run();
        if (on) {
            schedule();
        } else if (frame != null && !frame.hasPictures && !waiting) {
            request(0);  // paused between pictures: paint the state it stopped in
        }
    }

    private void request(int epochs) {
        waiting = true;
        JSObject m = message(FRAME);
        Js.set(m, EPOCHS, epochs);
        Js.set(m, STOP_EPOCH, stopEpoch);
        Js.set(m, STOP_LOSS, stopLoss);
        post(m);
    }

    // ---------------------------------------------------------------- the display loop

    private void schedule() {
        if (drawScheduled) return;
        drawScheduled = true;
        Window.requestAnimationFrame(time -> animationFrame());
    }

    private void animationFrame() {
        drawScheduled = false;
        if (!frameDrawn && frame != null) {
            frameDrawn = true;
            for (Consumer<Frame> l : frameListeners) l.accept(frame);
            if (frame.hasPictures) {
                for (Consumer<Frame> l : pictureListeners) l.accept(frame);
            }
        }
        if (playing && !waiting) request(speed);
        if (playing) schedule();
    }

    // ---------------------------------------------------------------- messages

    private void receive(JSObject m) {
        String type = Js.string(m, TYPE);
        switch (type) {
            case READY:
                worker.opened();
                break;
            case FEATURES:
                featurePixels = Js.get(m, PIXELS);
                for (Runnable r : featureListeners) r.run();
                break;
            case DATA:
                if (Js.integer(m, RUN) != runAsked) break; // a replaced run's
                Config config = Config.fromJson(Js.string(m, CONFIG), Limits.BROWSER);
                if (Js.bool(m, IMPORTED)) adoptRun(config);
                points = new Points(m, config.isRegression() ? 0 : config.classes);
                for (Consumer<Points> l : pointListeners) l.accept(points);
                break;
            case FRAME:
                waiting = false;
                if (Js.integer(m, RUN) != runAsked) break; // a replaced run's
                history.append(m);
                boolean firstPictures = pictureFrame == null;
                frame = new Frame(m);
                if (frame.hasPictures) pictureFrame = frame;
                frameDrawn = false;
                if (frame.stopped || frame.diverged) pause();
                if (!playing && !frame.hasPictures) request(0);
                // The first pictures are painted as they come, not a display frame later.
                if (firstPictures && frame.hasPictures) animationFrame(); else schedule();
                break;
            case EXPORTED:
                Consumer<String> done = exports.remove(Js.integer(m, ID));
                if (done != null) done.accept(Js.string(m, TEXT));
                break;
            case ERROR:
                waiting = false;
                String message = Js.string(m, MESSAGE);
                String during = Js.string(m, DURING);
                if ((IMPORT.equals(during) || RESTORE.equals(during)) && importErrors != null) {
                    importErrors.accept(message);
                } else {
                    for (Consumer<String> l : errorListeners) l.accept(message);
                }
                break;
            default:
                Js.warn("unknown message from the worker: " + type);
        }
    }

    /** A run the worker built from a model file becomes the page's experiment (without a reload). */
    private void adoptRun(Config config) {
        if (config.equals(engineConfig)) return;
        engineConfig = config;
        state.adopt(config);
    }

    private static JSObject message(String type) {
        JSObject m = Js.object();
        Js.set(m, TYPE, type);
        return m;
    }

    private void post(JSObject m) {
        worker.send(m);
    }
}
