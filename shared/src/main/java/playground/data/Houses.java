package playground.data;

/**
 * The scales of the {@code houses} data set (the linear-regression lesson), so that the lesson
 * can label its axes in kilometres and thousands:
 * <ul>
 *   <li>x1 is the distance to the city centre: 0 km at x1 = -6, 30 km at x1 = +6, linearly
 *       ({@link #km}, {@link #x1});
 *   <li>the label is the price: 500 thousand at label +1, 200 thousand at label -1, linearly
 *       ({@link #priceThousands}, {@link #label});
 *   <li>the true trend is 500 thousand at the centre falling by 10 thousand per km, which is
 *       label = -x1/6;
 *   <li>x2 is uniform in [-6, 6] and has nothing to do with the price.
 * </ul>
 */
public final class Houses {
    private Houses() {}

    /** The farthest distance, in km, at x1 = +6. */
    public static final double MAX_KM = 30;
    /** x1 per km: 12 units of x1 span 30 km. */
    public static final double X1_PER_KM = 12 / MAX_KM;
    /** The trend's price at the centre (label +1), in thousands. */
    public static final double PRICE_AT_CENTRE = 500;
    /** The trend's price at 30 km (label -1), in thousands. */
    public static final double PRICE_AT_MAX_KM = 200;
    /** The trend's slope, in thousands per km: -10. */
    public static final double PRICE_PER_KM = (PRICE_AT_MAX_KM - PRICE_AT_CENTRE) / MAX_KM;
    /** The price at label 0, in thousands: 350. */
    public static final double PRICE_AT_LABEL_ZERO = (PRICE_AT_CENTRE + PRICE_AT_MAX_KM) / 2;
    /** Thousands per unit of label: 150. */
    public static final double PRICE_PER_LABEL = (PRICE_AT_CENTRE - PRICE_AT_MAX_KM) / 2;
    /** The scatter's standard deviation at noise 0, in label units (7.5 thousand). */
    public static final double SCATTER_AT_ZERO_NOISE = 0.05;
    /** How the scatter's standard deviation grows with noise: 0.05 + 0.6·noise, 0.35 at 50 %. */
    public static final double SCATTER_PER_NOISE = 0.6;

    /** The distance in km of a value of x1. */
    public static double km(double x1) {
        return (x1 + Dataset.DOMAIN) / X1_PER_KM;
    }

    /** The value of x1 of a distance in km. */
    public static double x1(double km) {
        return km * X1_PER_KM - Dataset.DOMAIN;
    }

    /** The price in thousands of a label. */
    public static double priceThousands(double label) {
        return label * PRICE_PER_LABEL + PRICE_AT_LABEL_ZERO;
    }

    /** The label of a price in thousands. */
    public static double label(double priceThousands) {
        return (priceThousands - PRICE_AT_LABEL_ZERO) / PRICE_PER_LABEL;
    }

    /** The trend's price, in thousands, at a distance in km: 500 - 10·km. */
    public static double trendPriceThousands(double km) {
        return km * PRICE_PER_KM + PRICE_AT_CENTRE;
    }
}
