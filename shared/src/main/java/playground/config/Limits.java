package playground.config;

/**
 * How big an experiment may be where it runs. The browser keeps networks small enough to draw
 * and train at frame rate; the server takes heavier runs. Everything else in the schema is the
 * same in both places.
 */
public final class Limits {
    /** The page: 10 to 2000 points, 0 to 6 hidden layers of 1 to 8 neurons (as the reference). */
    public static final Limits BROWSER = new Limits("browser", 10, 2000, 6, 8);

    /** Server runs and the command line: up to 100000 points, 16 hidden layers of 64 neurons. */
    public static final Limits SERVER = new Limits("server", 10, 100_000, 16, 64);

    /** Where these limits apply, for messages ("at most 6 hidden layers in the browser"). */
    public final String name;
    public final int minPoints;
    /** Most generated points, and most custom points. */
    public final int maxPoints;
    public final int maxLayers;
    public final int maxWidth;

    /** The longest CSV line of a point worth reading (three shortest round-trip numbers take some 75). */
    public static final int MAX_CSV_LINE_CHARS = 100;

    /** The longest CSV text of custom points: {@link #maxPoints} lines and a header, each of {@link #MAX_CSV_LINE_CHARS}. */
    public long maxCsvChars() {
        return (maxPoints + 1L) * MAX_CSV_LINE_CHARS;
    }

    public Limits(String name, int minPoints, int maxPoints, int maxLayers, int maxWidth) {
        if (minPoints < 1 || maxPoints < minPoints || maxLayers < 0 || maxWidth < 1) {
            throw new IllegalArgumentException("inconsistent limits " + name);
        }
        this.name = name;
        this.minPoints = minPoints;
        this.maxPoints = maxPoints;
        this.maxLayers = maxLayers;
        this.maxWidth = maxWidth;
    }

    @Override
    public String toString() {
        return name;
    }
}
