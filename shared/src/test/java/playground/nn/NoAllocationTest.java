package playground.nn;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import playground.core.Rng;

/** The core allocates nothing per training step, per epoch, per loss or per heatmap (see BENCHMARKS.md). */
class NoAllocationTest {
    private static final ThreadMXBean THREADS =
            (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static long allocatedBy(Runnable work) {
        long tid = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(tid);
        work.run();
        return THREADS.getThreadAllocatedBytes(tid) - before;
    }

    @Test
    void trainingEpochsLossesAndHeatmapsAllocateNothing() {
        assertTrue(THREADS.isThreadAllocatedMemorySupported());
        for (Optimizer opt : Optimizer.values()) {
            for (OutputKind out : OutputKind.values()) {
                Network net = new Network(new int[] {3, 8, 8, 8, out.neurons(3)}, Activation.TANH, out);
                Rng rng = new Rng(3);
                Init.UNIFORM.initialize(net, rng);
                Examples ex = GradientCheckTest.randomExamples(rng, out, 3, 250);
                Loss loss = out == OutputKind.LINEAR ? Loss.MSE : Loss.CROSSENTROPY;
                Trainer trainer = new Trainer(net, loss, Regularization.L1, opt, 0.03, 0.001, 10);
                Heatmap map = new Heatmap(new Feature[] {Feature.X1, Feature.SINX1, Feature.X1X2}, 50, -6, 6);
                float[][] pictures = new float[net.nodeCount()][map.cells()];
                Rng order = new Rng(4);
                // Warm up so that class loading and JIT compilation are not counted.
                for (int i = 0; i < 100; i++) {
                    trainer.trainEpoch(ex, order);
                    trainer.meanLoss(ex);
                    map.evaluate(net, pictures);
                }
                Runnable twentyEpochs = () -> {
                    for (int i = 0; i < 20; i++) {
                        trainer.trainEpoch(ex, order);
                        trainer.meanLoss(ex);
                        map.evaluate(net, pictures);
                    }
                };
                // A late JIT recompilation can allocate a few bytes on this thread once; real
                // allocation by the core would show in every window, so the best of three counts.
                long bytes = Long.MAX_VALUE;
                for (int attempt = 0; attempt < 3 && bytes != 0; attempt++) bytes = Math.min(bytes, allocatedBy(twentyEpochs));
                assertEquals(0, bytes, opt + " " + out + ": bytes allocated by 20 epochs");
            }
        }
    }
}
