package playground.server.runs;

import java.math.BigDecimal;
import java.math.MathContext;
import playground.config.Config;

/**
 * The compute a trial costs, in one unit (docs/operations.md): epochs × points × parameters. Training one
 * epoch touches every parameter a few times per training example, and the losses after it touch
 * them again for every example, so this is proportional to the arithmetic done, whatever the shape.
 */
public final class ComputeBudget {
    private ComputeBudget() {}

    public static double cost(Config config, int epochs) {
        return (double) epochs * points(config) * parameters(config);
    }

    /** Examples the trial generates (or the custom points it was given). */
    public static int points(Config config) {
        return config.isCustom() ? config.numCustomPoints() : config.points;
    }

    /** Weights and biases: the inputs (features), the hidden layers and the outputs, fully connected. */
    public static long parameters(Config config) {
        int[] hidden = config.hiddenLayers;
        long n = 0;
        int previous = config.numInputs();
        for (int width : hidden) {
            n += (long) previous * width + width;
            previous = width;
        }
        int outputs = config.numOutputs();
        return n + (long) previous * outputs + outputs;
    }

    /** A number of units as people read it: 2.5e11, 3.1e6, 950. */
    public static String format(double units) {
        if (units < 1e4) return Long.toString(Math.round(units));
        BigDecimal rounded = new BigDecimal(units).round(new MathContext(3)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }
}
