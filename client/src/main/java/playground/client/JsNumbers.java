package playground.client;

import org.teavm.jso.JSBody;
import playground.core.Numbers;

/**
 * Number text in the browser is read by JavaScript itself: {@code Number(s)} is correctly
 * rounded, so a configuration or snapshot parsed here has the same bits as on the JVM. (Writing
 * is the core's own routine, the same on every runtime.)
 */
public final class JsNumbers implements Numbers.Codec {
    public static void install() {
        Numbers.install(new JsNumbers());
    }

    @Override
    public double parse(String s) {
        double d = parseNumber(s);
        if (d != d && !"NaN".equals(s)) throw new NumberFormatException("not a number: " + s);
        return d;
    }

    @JSBody(params = "s", script = "return Number(s);")
    private static native double parseNumber(String s);
}
