package playground.client;

import org.teavm.jso.JSBody;
import playground.core.Numbers;

/**
 * Number text in the browser comes from JavaScript itself: {@code String(x)} is the shortest
 * text that reads back to the same double and {@code parseFloat} is correctly rounded, so a
 * configuration or snapshot parsed here has the same bits as on the JVM.
 */
final class JsNumbers implements Numbers.Codec {
    static void install() {
        Numbers.install(new JsNumbers());
    }

    @Override
    public String format(double d) {
        return toText(d);
    }

    @Override
    public double parse(String s) {
        double d = parseNumber(s);
        if (d != d && !"NaN".equals(s)) throw new NumberFormatException("not a number: " + s);
        return d;
    }

    @JSBody(params = "d", script = "return String(d);")
    private static native String toText(double d);

    @JSBody(params = "s", script = "return Number(s);")
    private static native double parseNumber(String s);
}
