package playground.data;

import static org.junit.jupiter.api.Assertions.*;
import static playground.data.Pictures.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The pictures TensorFlow Playground's six data sets make, and what noise does to them. */
class ReferenceDatasetsTest {

    @Nested
    class Circle {
        @Test
        void aDiscOfPositivesInsideARingOfNegatives() {
            Dataset d = gen("circle", 1000, 2, 0, 1);
            for (int i = 0; i < d.size(); i++) {
                double r = radius(d, i);
                if (d.label[i] == 1) assertTrue(r < 2.5, "positive at r = " + r);
                else assertTrue(r >= 3.5 && r <= 5, "negative at r = " + r);
            }
        }

        @Test
        void noiseFlipsLabelsButLeavesPositionsAlone() {
            Dataset d = gen("circle", 1000, 2, 0.5, 1);
            int flipped = 0;
            for (int i = 0; i < d.size(); i++) {
                double r = radius(d, i);
                boolean inside = i < 500;  // the first half is drawn inside
                assertTrue(inside ? r < 2.5 : r >= 3.5 && r <= 5, "positions keep their rings");
                if (d.label[i] != (r < 2.5 ? 1 : -1)) flipped++;
            }
            assertTrue(flipped > 50 && flipped < 500, flipped + " flipped");
        }

        @Test
        void coversAllDirections() {
            Dataset d = gen("circle", 1000, 2, 0, 1);
            int[] quadrants = new int[4];
            for (int i = 0; i < d.size(); i++) quadrants[(d.x1[i] >= 0 ? 0 : 1) + (d.x2[i] >= 0 ? 0 : 2)]++;
            for (int q : quadrants) assertEquals(250, q, 50);
        }
    }

    @Nested
    class Xor {
        @Test
        void theLabelIsTheSignOfTheProductAndNoPointIsNearAnAxis() {
            Dataset d = gen("xor", 1000, 2, 0, 1);
            for (int i = 0; i < d.size(); i++) {
                assertEquals(d.x1[i] * d.x2[i] >= 0 ? 1 : -1, d.label[i]);
                assertTrue(Math.abs(d.x1[i]) >= 0.3 && Math.abs(d.x2[i]) >= 0.3);
            }
            assertEquals(500, d.count(1), 60);
        }

        @Test
        void noiseFlipsLabelsNearTheAxesOnly() {
            Dataset d = gen("xor", 1000, 2, 0.5, 1);
            int flipped = 0;
            for (int i = 0; i < d.size(); i++) {
                if (d.label[i] != (d.x1[i] * d.x2[i] >= 0 ? 1 : -1)) {
                    flipped++;
                    // displaced by at most ±2.5, so a flip needs an axis within 2.5
                    assertTrue(Math.min(Math.abs(d.x1[i]), Math.abs(d.x2[i])) <= 2.5);
                }
            }
            assertTrue(flipped > 50, flipped + " flipped");
        }
    }

    @Nested
    class Gauss {
        @Test
        void positivesAroundTwoTwoNegativesAroundMinusTwoMinusTwo() {
            Dataset d = gen("gauss", 2000, 2, 0, 1);
            assertEquals(2, mean(d.x1, d, 1), 0.1);
            assertEquals(2, mean(d.x2, d, 1), 0.1);
            assertEquals(-2, mean(d.x1, d, -1), 0.1);
            assertEquals(-2, mean(d.x2, d, -1), 0.1);
        }

        @Test
        void theSpreadGrowsWithNoiseFromVarianceHalfToFour() {
            double[] expectedSd = {Math.sqrt(0.5), Math.sqrt(2.25), 2};
            double[] noises = {0, 0.25, 0.5};
            for (int k = 0; k < 3; k++) {
                Dataset d = gen("gauss", 4000, 2, noises[k], 1);
                assertEquals(expectedSd[k], sd(d.x1, d, 1), 0.08 * expectedSd[k]);
                assertEquals(expectedSd[k], sd(d.x2, d, -1), 0.08 * expectedSd[k]);
                assertEquals(2, mean(d.x1, d, 1), 0.15);  // the centres stay
            }
        }

        @Test
        void pointsAreNotClippedAsInTheReference() {
            Dataset d = gen("gauss", 2000, 2, 0.5, 1);
            int outside = 0;
            for (int i = 0; i < d.size(); i++) if (Math.abs(d.x1[i]) > 6 || Math.abs(d.x2[i]) > 6) outside++;
            // about 2.3 % per coordinate fall beyond 2 standard deviations (x > 6 for a centre at 2)
            assertTrue(outside > 0 && outside < 200, outside + " outside");
        }
    }

    @Nested
    class Spiral {
        /** Point i of an arm lies at radius 5·s and angle 3.5π·s + delta for s = i/m in [0, 1). */
        @Test
        void everyPointLiesOnItsArm() {
            for (int k = 2; k <= 5; k++) {
                Dataset d = gen("spiral", 1000, k, 0, 1);
                for (int i = 0; i < d.size(); i++) {
                    double r = radius(d, i);
                    assertTrue(r < 5);
                    if (r < 1e-9) continue;
                    int arm = k == 2 ? (d.label[i] == 1 ? 0 : 1) : (int) d.label[i];
                    double expectedAngle = 3.5 * Math.PI * r / 5 + 2 * Math.PI * arm / k;
                    double angle = Math.atan2(d.x1[i], d.x2[i]);  // x = r sin t, y = r cos t
                    assertEquals(0, wrap(angle - expectedAngle), 1e-9, "k=" + k + " point " + i);
                }
            }
        }

        @Test
        void eachArmsRadiusGrowsWithItsAngle() {
            Dataset d = gen("spiral", 600, 2, 0, 1);
            // generated arm by arm, from the centre outwards
            for (int start : new int[] {0, 300}) {
                double unwrapped = 0, previousAngle = Math.atan2(d.x1[start + 1], d.x2[start + 1]);
                double previousR = radius(d, start + 1);
                for (int i = start + 2; i < start + 300; i++) {
                    double angle = Math.atan2(d.x1[i], d.x2[i]);
                    double step = wrap(angle - previousAngle);
                    assertTrue(step > 0, "the arm winds one way");
                    unwrapped += step;
                    previousAngle = angle;
                    double r = radius(d, i);
                    assertTrue(r > previousR, "and outward");
                    previousR = r;
                }
                assertEquals(1.75 * 2 * Math.PI, unwrapped, 0.1, "1.75 turns");
            }
        }

        @Test
        void theArmsInterleaveAlongEveryRay() {
            Dataset d = gen("spiral", 1000, 2, 0, 1);
            int most = 0;
            for (int ray = 0; ray < 12; ray++) {
                double theta = ray * Math.PI / 6 + 0.1;
                List<double[]> near = new ArrayList<>();  // {radius, label}
                for (int i = 0; i < d.size(); i++) {
                    if (radius(d, i) > 0.3 && Math.abs(wrap(Math.atan2(d.x1[i], d.x2[i]) - theta)) < 0.15) {
                        near.add(new double[] {radius(d, i), d.label[i]});
                    }
                }
                near.sort((a, b) -> Double.compare(a[0], b[0]));
                int changes = 0;
                for (int j = 1; j < near.size(); j++) if (near.get(j)[1] != near.get(j - 1)[1]) changes++;
                assertTrue(changes >= 2, "walking outward along the ray at " + theta + ": " + changes + " changes");
                most = Math.max(most, changes);
            }
            assertTrue(most >= 3);
        }

        @Test
        void noiseMovesEachCoordinateByAtMostNoise() {
            Dataset clean = gen("spiral", 400, 2, 0, 1);
            Dataset noisy = gen("spiral", 400, 2, 0.4, 1);
            double largest = 0;
            for (int i = 0; i < clean.size(); i++) {
                assertEquals(clean.label[i], noisy.label[i]);
                largest = Math.max(largest, Math.abs(noisy.x1[i] - clean.x1[i]));
                largest = Math.max(largest, Math.abs(noisy.x2[i] - clean.x2[i]));
            }
            assertTrue(largest <= 0.4 + 1e-12 && largest > 0.3, "largest move " + largest);
        }
    }

    @Nested
    class Plane {
        @Test
        void theLabelIsTheSumOverTenExactlyWithoutNoise() {
            Dataset d = gen("plane", 1200, 0, 0, 1);
            for (int i = 0; i < d.size(); i++) {
                assertEquals((d.x1[i] + d.x2[i]) / 10, d.label[i], 0.0);
                assertTrue(Math.abs(d.label[i]) <= 1.2);
            }
        }

        @Test
        void noiseReadsTheLabelUpToSixTimesNoiseAway() {
            Dataset d = gen("plane", 1200, 0, 0.5, 1);
            double largest = 0;
            for (int i = 0; i < d.size(); i++) {
                largest = Math.max(largest, Math.abs(d.label[i] - (d.x1[i] + d.x2[i]) / 10));
            }
            // each coordinate moves by up to ±3: the sum by up to ±6, the label by up to ±0.6
            assertTrue(largest <= 0.6 + 1e-12 && largest > 0.4, "largest " + largest);
        }
    }

    @Nested
    class Multigauss {
        static final double[][] CENTRES = {
            {-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1},
        };

        @Test
        void theLabelAtACentreIsItsSign() {
            for (double[] c : CENTRES) assertEquals(c[2], DataGenerator.multigaussLabel(c[0], c[1]), 0.0);
        }

        @Test
        void theLabelFallsLinearlyToZeroAtDistanceTwo() {
            assertEquals(0.5, DataGenerator.multigaussLabel(-4, 3.5), 1e-15);     // 1 from (-4, 2.5)
            assertEquals(-0.25, DataGenerator.multigaussLabel(1.5, 2.5), 1e-15);  // 1.5 from (0, 2.5)
            assertEquals(0, DataGenerator.multigaussLabel(-6, 0), 0.0);          // far from all
        }

        @Test
        void generatedPointsShowTheBumps() {
            Dataset d = gen("multigauss", 4000, 0, 0, 1);
            int nearCentre = 0, farAway = 0;
            for (int i = 0; i < d.size(); i++) {
                double nearest = Double.MAX_VALUE;
                double sign = 0;
                for (double[] c : CENTRES) {
                    double dist = Math.hypot(d.x1[i] - c[0], d.x2[i] - c[1]);
                    if (dist < nearest) { nearest = dist; sign = c[2]; }
                }
                assertTrue(Math.abs(d.label[i]) <= 1);
                if (nearest < 0.3) {
                    nearCentre++;
                    assertEquals(sign, Math.signum(d.label[i]));
                    assertTrue(Math.abs(d.label[i]) > 0.85);
                } else if (nearest >= 2) {
                    farAway++;
                    assertEquals(0, d.label[i], 0.0);
                }
            }
            assertTrue(nearCentre > 20 && farAway > 100);
        }

        @Test
        void noiseBlursTheLabels() {
            Dataset clean = gen("multigauss", 1200, 0, 0, 1);
            Dataset noisy = gen("multigauss", 1200, 0, 0.5, 1);
            int changed = 0;
            for (int i = 0; i < clean.size(); i++) {
                assertEquals(clean.x1[i], noisy.x1[i], 0.0, "positions are drawn first, the same");
                if (Math.abs(clean.label[i] - noisy.label[i]) > 0.1) changed++;
            }
            assertTrue(changed > 300, changed + " changed");
        }
    }
}
