package playground.client.engine;

import playground.config.Config;
import playground.config.ViewOptions;

/**
 * What the engine client needs of the page's state: the experiment and its view options, told
 * when they change, and a door to replace the experiment with one the worker built (from a model
 * file). The page's one state implements it; the engine knows nothing else of the page.
 */
public interface Experiment {
    interface Listener {
        void changed(Config oldConfig, ViewOptions oldView);
    }

    Config config();

    ViewOptions view();

    void listen(Listener listener);

    /** The worker built a run from a model file: it becomes the experiment (a new history entry). */
    void adopt(Config config);
}
