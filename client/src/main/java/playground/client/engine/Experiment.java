package playground.client.engine;

import playground.config.Config;
import playground.config.ViewOptions;

/**
 * The page's one state as the rooms around the page see it (the engine client, sharing, server
 * runs, the classroom): the experiment and its view options, told when they change, a door to
 * replace the experiment with one the worker built (from a model file), and one to rewrite the view
 * options in place. {@code page.PageState} implements it; those rooms know nothing else of the page.
 */
public interface Experiment {
    interface Listener {
        void changed(Config oldConfig, ViewOptions oldView);
    }

    Config config();

    ViewOptions view();

    /** The page's address with this experiment in its hash (the link a figure or a copy carries). */
    String link();

    void listen(Listener listener);

    /** The worker built a run from a model file: it becomes the experiment (a new history entry). */
    void adopt(Config config);

    /** New view options (a goal edited in a dialog), rewriting the current history entry. */
    void rewriteView(ViewOptions view);
}
