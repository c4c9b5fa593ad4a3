package playground.server.previews;

import java.util.List;
import java.util.Optional;
import playground.config.Config;
import playground.config.Limits;
import playground.train.TrainingRun;

/**
 * The site's own pages that a reader may share: the playground and each lesson. Each has the
 * page's address, its widget's address (what oEmbed frames), and an example network whose
 * picture previews the link. Titles and descriptions are the pages' own, read from their HTML
 * ({@link StaticPages}).
 */
public final class SitePages {
    private SitePages() {}

    /**
     * @param name the preview's name ({@code /previews/{name}.png})
     * @param page the page's address
     * @param embed the widget's address
     * @param resource the page's HTML on the classpath
     * @param example the configuration whose trained picture previews the page
     * @param epochs how long the example trains
     */
    public record Page(String name, String page, String embed, String resource, String example, int epochs) {
        /** The page's title and description, as its HTML says them. */
        public PageWords words() {
            return PageWords.of(resource);
        }

        /** The example, trained: a few hundred epochs of a small network, a fraction of a second. */
        public TrainingRun trainedExample() {
            TrainingRun run = new TrainingRun(Config.fromJson(example, Limits.BROWSER));
            for (int e = 0; e < epochs; e++) run.trainEpoch();
            return run;
        }
    }

    public static final Page PLAYGROUND = new Page("playground", "/", "/embed/", "web/index.html",
            "{\"dataset\":\"spiral\",\"hiddenLayers\":[8,8,6],\"features\":[\"x1\",\"x2\",\"x1sq\",\"x2sq\",\"sinx1\",\"sinx2\"],"
                    + "\"learningRate\":0.03}", 400);

    public static final List<Page> LESSONS = List.of(
            lesson("linear-regression", "{\"problem\":\"regression\",\"dataset\":\"houses\",\"hiddenLayers\":[],"
                    + "\"activation\":\"linear\"}", 200),
            lesson("overfitting", "{\"dataset\":\"spiral\",\"points\":100,\"noise\":25,\"hiddenLayers\":[8,8,8],"
                    + "\"activation\":\"relu\",\"learningRate\":0.03}", 400),
            lesson("neuron", "{\"dataset\":\"gauss\",\"hiddenLayers\":[]}", 100),
            lesson("depth-width", "{\"dataset\":\"circle\",\"hiddenLayers\":[4,4,4,4],\"activation\":\"relu\"}", 200),
            lesson("backprop", "{\"dataset\":\"xor\",\"hiddenLayers\":[2],\"learningRate\":0.1}", 300));

    /** Lesson pages with no widget of their own: the index and the tour preview as the playground does. */
    public static final List<Page> LESSON_INDEXES = List.of(
            new Page("playground", "/lessons/", null, "web/lessons/index.html", PLAYGROUND.example(),
                    PLAYGROUND.epochs()),
            new Page("playground", "/lessons/tour.html", null, "web/lessons/tour.html", PLAYGROUND.example(),
                    PLAYGROUND.epochs()));

    private static Page lesson(String name, String example, int epochs) {
        return new Page(name, "/lessons/" + name + ".html", "/embed/lesson/" + name,
                "web/lessons/" + name + ".html", example, epochs);
    }

    /** The page whose preview is called {@code name}. */
    public static Optional<Page> byName(String name) {
        if (PLAYGROUND.name().equals(name)) return Optional.of(PLAYGROUND);
        return LESSONS.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The lesson whose page or widget is at {@code path}, if any. */
    public static Optional<Page> lessonAt(String path) {
        return LESSONS.stream()
                .filter(p -> p.page().equals(path) || p.embed().equals(path)
                        || p.page().equals(path + ".html") || (p.embed() + "/").equals(path))
                .findFirst();
    }
}
