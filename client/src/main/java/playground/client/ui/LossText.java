package playground.client.ui;

/**
 * A loss as the page shows it: its digits, or the word "diverged" (发散) once it is no longer a
 * finite number, never a blank, "NaN" or "null".
 */
public final class LossText {
    private LossText() {}

    public static String of(double loss, int decimals, I18n i18n) {
        if (!(loss == loss) || loss == Double.POSITIVE_INFINITY || loss == Double.NEGATIVE_INFINITY) {
            return i18n.t("output.lossDiverged");
        }
        return Math.abs(loss) >= 1e6 ? Js.precision(loss, 3) : Js.fixed(loss, decimals);
    }
}
