package playground.client;

import playground.core.ExactMath;

/**
 * Stands in for real training until the core has a network: a loop of exact tanh calls whose
 * result must be bit-identical on the JVM, in TeaVM JavaScript and in WebAssembly. Delete it
 * when {@link Main#demoTrain} trains for real.
 */
final class PlaceholderTraining {
    private PlaceholderTraining() {}

    static double run(int epochs) {
        double sum = 0.0;
        double x = 0.5;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int step = 0; step < 100; step++) {
                // A chaotic-ish recurrence so one wrong last bit anywhere shows in the result.
                x = ExactMath.tanh(x * 2.5 + 0.125) * 3.0;
                sum = sum + x;
            }
        }
        return sum;
    }
}
