package playground.picture;

/**
 * Every colour the playground paints with, written once: the browser's worker and the server turn
 * heatmaps into pixels with it, the page colours points, links and charts.
 *
 * <p>Values run from -1 to 1: negative is orange, zero neutral, positive blue (TensorFlow
 * Playground's scale). The colour-blind option swaps in ColorBrewer's orange–purple scale,
 * whose ends also differ in lightness. Classes beyond two take the Okabe–Ito colours, which
 * stay apart under every common colour-vision deficiency. In the dark theme zero is a dark grey
 * so that the pictures sit calmly on a dark page.
 */
public final class Palette {
    private static final int ORANGE = 0xf59322;
    private static final int BLUE = 0x0877bd;
    private static final int CB_NEGATIVE = 0xd66a00;
    private static final int CB_POSITIVE = 0x5e3c99;
    private static final int LIGHT_NEUTRAL = 0xe8eaeb;
    private static final int DARK_NEUTRAL = 0x2b3138;
    /** Okabe–Ito: orange, blue, bluish green, reddish purple, sky blue. */
    private static final int[] CLASSES = {0xe69f00, 0x0072b2, 0x009e73, 0xcc79a7, 0x56b4e9};

    public final int negative;
    public final int neutral;
    public final int positive;
    public final boolean dark;

    private Palette(int negative, int neutral, int positive, boolean dark) {
        this.negative = negative;
        this.neutral = neutral;
        this.positive = positive;
        this.dark = dark;
    }

    public static Palette of(boolean colorblind, boolean dark) {
        int neutral = dark ? DARK_NEUTRAL : LIGHT_NEUTRAL;
        return colorblind ? new Palette(CB_NEGATIVE, neutral, CB_POSITIVE, dark)
                : new Palette(ORANGE, neutral, BLUE, dark);
    }

    public boolean sameAs(Palette other) {
        return other != null && negative == other.negative && neutral == other.neutral && positive == other.positive;
    }

    /** The colour of a value on the diverging scale, as 0xRRGGBB; NaN is neutral. */
    public int rgb(double value) {
        if (value != value) return neutral;
        double v = value < -1 ? -1 : value > 1 ? 1 : value;
        return v < 0 ? mix(neutral, negative, -v) : mix(neutral, positive, v);
    }

    /** The colour of class {@code k} of a data set with {@code classes} classes (2: index 0 is label -1). */
    public int classRgb(int k, int classes) {
        if (classes <= 2) return k == 0 ? negative : positive;
        return CLASSES[k % CLASSES.length];
    }

    /** The colour of a label: ±1 for two classes, 0…k-1 for more, any number for regression (classes 0). */
    public int labelRgb(double label, int classes) {
        if (classes == 0) return rgb(label);
        if (classes == 2) return label > 0 ? positive : negative;
        return classRgb((int) label, classes);
    }

    /** The colour {@code t} of the way from {@code from} to {@code to}, t in [0, 1]. */
    public static int mix(int from, int to, double t) {
        int r = channel(from >> 16, to >> 16, t);
        int g = channel(from >> 8, to >> 8, t);
        int b = channel(from, to, t);
        return (r << 16) | (g << 8) | b;
    }

    private static int channel(int from, int to, double t) {
        int a = from & 255;
        int b = to & 255;
        // (b - a) * t first: the grouped operand leads (see the TeaVM note in the team handbook)
        double v = (b - a) * t + a;
        return (int) (v + 0.5);
    }

    public static String css(int rgb) {
        String hex = Integer.toHexString(rgb & 0xffffff);
        while (hex.length() < 6) hex = "0" + hex;
        return "#" + hex;
    }

    public String css(double value) {
        return css(rgb(value));
    }

    /** Writes opaque RGBA bytes of {@code rgb} at {@code offset}. */
    public static void put(int rgb, byte[] out, int offset) {
        out[offset] = (byte) (rgb >> 16);
        out[offset + 1] = (byte) (rgb >> 8);
        out[offset + 2] = (byte) rgb;
        out[offset + 3] = (byte) 255;
    }
}
