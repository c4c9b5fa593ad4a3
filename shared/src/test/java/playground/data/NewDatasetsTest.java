package playground.data;

import static org.junit.jupiter.api.Assertions.*;
import static playground.data.Pictures.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The pictures of the data sets the reference does not have. */
class NewDatasetsTest {

    @Nested
    class Moons {
        static final double R = 10.0 / 3.0;

        /** Upper moon (+1) centred at (-5/3, -5/6), lower moon (-1) at (5/3, 5/6), radius 10/3. */
        @Test
        void eachMoonIsAHalfRingAroundItsCentre() {
            Dataset d = gen("moons", 1000, 2, 0, 1);
            for (int i = 0; i < d.size(); i++) {
                double s = d.label[i];           // +1 upper, -1 lower
                double cx = -s * 5 / 3, cy = -s * 5 / 6;
                assertEquals(R, Math.hypot(d.x1[i] - cx, d.x2[i] - cy), 1e-9, "on the ring");
                assertTrue(s * (d.x2[i] - cy) >= -1e-12, "on the open side's half");
                assertTrue(Math.abs(d.x1[i]) <= 5 + 1e-9 && Math.abs(d.x2[i]) <= 2.5 + 1e-9);
            }
        }

        @Test
        void theMoonsInterleaveSoNoLineSeparatesThem() {
            Dataset d = gen("moons", 600, 2, 0, 1);
            double best = bestLinearAccuracy(d);
            assertTrue(best < 0.92, "a line gets " + best);
            assertTrue(best > 0.75, "but they are not hopelessly mixed: " + best);
        }

        @Test
        void noiseScattersThePointsAroundTheRings() {
            double previous = 0;
            for (double noise : new double[] {0.1, 0.25, 0.5}) {
                Dataset d = gen("moons", 2000, 2, noise, 1);
                double[] offRing = new double[d.size()];
                for (int i = 0; i < d.size(); i++) {
                    double s = d.label[i];
                    offRing[i] = Math.hypot(d.x1[i] + s * 5 / 3, d.x2[i] + s * 5 / 6) - R;
                }
                double spread = sd(offRing, d, 1);
                assertEquals(2 * noise, spread, 0.25 * 2 * noise, "sd about 2·noise at " + noise);
                assertTrue(spread > previous);
                previous = spread;
            }
        }
    }

    @Nested
    class Checker {
        static double rule(double x, double y) {
            int column = (int) Math.floor((x + 6) / 3), row = (int) Math.floor((y + 6) / 3);
            return (column + row) % 2 == 0 ? 1 : -1;
        }

        @Test
        void fourByFourCellsOfAlternatingLabels() {
            Dataset d = gen("checker", 2000, 2, 0, 1);
            int[] perCell = new int[16];
            for (int i = 0; i < d.size(); i++) {
                assertEquals(rule(d.x1[i], d.x2[i]), d.label[i]);
                perCell[(int) ((d.x1[i] + 6) / 3) * 4 + (int) ((d.x2[i] + 6) / 3)]++;
            }
            for (int count : perCell) assertEquals(125, count, 45);
            assertEquals(1000, d.count(1), 100);
        }

        @Test
        void likeXorNextToTheOrigin() {
            assertEquals(1, DataGenerator.checkerLabel(1, 1));
            assertEquals(1, DataGenerator.checkerLabel(-1, -1));
            assertEquals(-1, DataGenerator.checkerLabel(-1, 1));
            assertEquals(-1, DataGenerator.checkerLabel(1, -1));
        }

        @Test
        void noiseFlipsLabelsNearCellEdgesOnly() {
            // at noise 0.25 the label is read up to ±0.75 away: only points that near an edge flip
            Dataset d = gen("checker", 2000, 2, 0.25, 1);
            int flipped = 0;
            for (int i = 0; i < d.size(); i++) {
                if (d.label[i] != rule(d.x1[i], d.x2[i])) {
                    flipped++;
                    assertTrue(Math.min(edgeDistance(d.x1[i]), edgeDistance(d.x2[i])) <= 0.75);
                }
            }
            assertTrue(flipped > 100 && flipped < 600, flipped + " flipped");
        }

        @Test
        void atFullNoiseManyLabelsFlip() {
            Dataset d = gen("checker", 2000, 2, 0.5, 1);
            int flipped = 0;
            for (int i = 0; i < d.size(); i++) if (d.label[i] != rule(d.x1[i], d.x2[i])) flipped++;
            assertTrue(flipped > 300 && flipped < 1000, flipped + " flipped");
        }

        /** Distance from a coordinate to the nearest cell edge (edges every 3 from -6). */
        static double edgeDistance(double v) {
            double inCell = (v + 6) % 3;
            return Math.min(inCell, 3 - inCell);
        }
    }

    @Nested
    class HousesData {
        @Test
        void thePriceFallsWithDistanceAlongTheStatedLine() {
            Dataset d = gen("houses", 2000, 0, 0, 1);
            double[] fit = fitLine(d.x1, d.label);
            assertEquals(-1.0 / 6, fit[0], 0.005, "label = -x1/6");
            assertEquals(0, fit[1], 0.01);
            assertEquals(Houses.SCATTER_AT_ZERO_NOISE, fit[2], 0.005, "a small scatter even at noise 0");
        }

        @Test
        void theResidualsGrowWithNoise() {
            double previous = 0;
            for (double noise : new double[] {0, 0.1, 0.25, 0.5}) {
                Dataset d = gen("houses", 2000, 0, noise, 1);
                double[] fit = fitLine(d.x1, d.label);
                assertTrue(fit[0] < -0.1, "still falling at noise " + noise);
                assertEquals(0.05 + 0.6 * noise, fit[2], 0.06 * (0.05 + 0.6 * noise));
                assertTrue(fit[2] > previous);
                previous = fit[2];
            }
        }

        @Test
        void x2HasNothingToDoWithThePrice() {
            Dataset d = gen("houses", 2000, 0, 0, 1);
            assertEquals(0, correlation(d.x2, d.label), 0.06);
            assertTrue(correlation(d.x1, d.label) < -0.99);
        }

        @Test
        void theScalesAreKilometresAndThousands() {
            assertEquals(0, Houses.km(-6), 1e-12);
            assertEquals(30, Houses.km(6), 1e-12);
            assertEquals(15, Houses.km(0), 1e-12);
            assertEquals(-6, Houses.x1(0), 1e-12);
            assertEquals(6, Houses.x1(30), 1e-12);
            assertEquals(500, Houses.priceThousands(1), 1e-12);
            assertEquals(200, Houses.priceThousands(-1), 1e-12);
            assertEquals(0, Houses.label(350), 1e-12);
            assertEquals(-10, Houses.PRICE_PER_KM, 1e-12);
            for (double x1 = -6; x1 <= 6; x1 += 0.5) {
                // the trend label -x1/6 is the trend price at that distance
                assertEquals(Houses.trendPriceThousands(Houses.km(x1)), Houses.priceThousands(-x1 / 6), 1e-9);
            }
        }
    }

    @Nested
    class MultiClass {
        @Test
        void gaussHasKClustersOnACircleOfRadiusThree() {
            for (int k = 3; k <= 5; k++) {
                Dataset d = gen("gauss", 3000, k, 0, 1);
                for (int c = 0; c < k; c++) {
                    double angle = Math.PI / 4 + 2 * Math.PI * c / k;
                    assertEquals(3 * Math.cos(angle), mean(d.x1, d, c), 0.1, "k=" + k + " class " + c);
                    assertEquals(3 * Math.sin(angle), mean(d.x2, d, c), 0.1);
                    assertEquals(Math.sqrt(0.5), sd(d.x1, d, c), 0.06);
                }
            }
        }

        @Test
        void gaussSpreadsLikeTheTwoClassOne() {
            Dataset d = gen("gauss", 3000, 4, 0.5, 1);
            for (int c = 0; c < 4; c++) assertEquals(2, sd(d.x2, d, c), 0.15);
        }

        @Test
        void spiralHasKArmsOneTurnFractionApart() {
            // every point on its arm: see ReferenceDatasetsTest.Spiral.everyPointLiesOnItsArm;
            // here: walking outward along a ray, the arms come in the order k-1, …, 1, 0, k-1, …
            int k = 4;
            Dataset d = gen("spiral", 4000, k, 0, 1);
            double theta = 0.2;
            List<double[]> near = new ArrayList<>();
            for (int i = 0; i < d.size(); i++) {
                if (radius(d, i) > 0.5 && Math.abs(wrap(Math.atan2(d.x1[i], d.x2[i]) - theta)) < 0.05) {
                    near.add(new double[] {radius(d, i), d.label[i]});
                }
            }
            near.sort((a, b) -> Double.compare(a[0], b[0]));
            int changes = 0;
            for (int j = 1; j < near.size(); j++) {
                double before = near.get(j - 1)[1], after = near.get(j)[1];
                if (after != before) {
                    changes++;
                    assertEquals((before + k - 1) % k, after, "the next arm outward");
                }
            }
            assertTrue(changes >= 4, changes + " changes");
        }
    }
}
