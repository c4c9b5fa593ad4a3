package playground.client.figure;

import java.util.ArrayList;
import java.util.List;
import playground.client.engine.Frame;
import playground.client.ui.I18n;
import playground.client.ui.Js;
import playground.client.ui.LossText;
import playground.config.Config;
import playground.config.Schema;
import playground.core.Numbers;
import playground.nn.Feature;

/**
 * The settings under the figure, in the reader's language: data set, features, hidden layers,
 * activation, learning rate, regularization, batch size, epoch and the two losses. One part per
 * setting, so that the figure can break the line between parts.
 */
final class FigureSettings {
    static final String SEPARATOR = " · ";

    private FigureSettings() {}

    static List<String> parts(Config c, Frame frame, I18n i18n) {
        List<String> parts = new ArrayList<>();
        Part part = (key, value) -> parts.add(i18n.t("figure.setting", i18n.t(key), value));
        part.add("data.label", i18n.t("dataset." + c.dataset));
        StringBuilder features = new StringBuilder();
        for (Feature f : Feature.byNames(c.features)) {
            if (features.length() > 0) features.append(", ");
            features.append(f.label);
        }
        part.add("features.heading", features.toString());
        StringBuilder layers = new StringBuilder();
        for (int width : c.hiddenLayers) {
            if (layers.length() > 0) layers.append(", ");
            layers.append(width);
        }
        part.add("figure.hiddenLayers", layers.length() == 0 ? i18n.t("figure.none") : layers.toString());
        part.add("hyper.activation", i18n.t("activation." + c.activation));
        part.add("hyper.learningRate", Numbers.format(c.learningRate));
        String regularization = i18n.t("regularization." + c.regularization);
        if (!Schema.NO_REGULARIZATION.equals(c.regularization)) regularization += " " + Numbers.format(c.regularizationRate);
        part.add("hyper.regularization", regularization);
        part.add("data.batchSize", c.batchSize);
        int epoch = frame == null ? 0 : frame.epoch;
        part.add("run.epoch", Js.grouped(epoch, i18n.locale()));
        part.add("output.trainLoss", loss(frame == null ? Double.NaN : frame.trainLoss, frame, i18n));
        part.add("output.testLoss", loss(frame == null ? Double.NaN : frame.testLoss, frame, i18n));
        return parts;
    }

    private interface Part {
        void add(String key, Object value);
    }

    private static String loss(double value, Frame frame, I18n i18n) {
        return frame == null ? "–" : LossText.of(value, 3, i18n);
    }
}
