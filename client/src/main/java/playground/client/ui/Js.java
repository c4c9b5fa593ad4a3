package playground.client.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Float64Array;
import org.teavm.jso.typedarrays.Int32Array;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Small JavaScript helpers for plain objects (the worker's messages), numbers as text and
 * typed arrays. Each one is a single line of JavaScript, so both bundles (JS and WebAssembly)
 * behave alike.
 */
public final class Js {
    private Js() {}

    /** A new JavaScript array (of objects to transfer with a message, of colours). */
    @JSBody(script = "return [];")
    public static native JSObject array();

    @JSBody(params = {"array", "item"}, script = "array.push(item);")
    public static native void push(JSObject array, JSObject item);

    @JSBody(script = "return {};")
    public static native JSObject object();

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    public static native void set(JSObject o, String k, String v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    public static native void set(JSObject o, String k, double v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    public static native void set(JSObject o, String k, int v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    public static native void set(JSObject o, String k, boolean v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    public static native void set(JSObject o, String k, JSObject v);

    @JSBody(params = {"o", "k"}, script = "return o[k] === undefined || o[k] === null ? null : String(o[k]);")
    public static native String string(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "return +o[k];")
    public static native double number(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "return o[k] | 0;")
    public static native int integer(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "return !!o[k];")
    public static native boolean bool(JSObject o, String k);

    /** The property's value; test with {@link #has} first (undefined is not Java's null in WebAssembly). */
    @JSBody(params = {"o", "k"}, script = "return o[k];")
    public static native JSObject get(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "return o[k] !== undefined && o[k] !== null;")
    public static native boolean has(JSObject o, String k);

    /** Milliseconds, with fractions, from the page's (or worker's) time origin. */
    @JSBody(script = "return performance.now();")
    public static native double now();

    /** {@code x} with exactly {@code digits} decimals, as JavaScript's toFixed writes it. */
    @JSBody(params = {"x", "digits"}, script = "return x.toFixed(digits);")
    public static native String fixed(double x, int digits);

    /** {@code x} with {@code digits} significant digits, no exponent for ordinary sizes. */
    @JSBody(params = {"x", "digits"}, script = "return Number(x.toPrecision(digits)).toString();")
    public static native String precision(double x, int digits);

    /**
     * An integer with thousands separators ("12,345"), as both English and Chinese write them.
     * Written here rather than with toLocaleString, whose first call loads locale data for
     * tens of milliseconds.
     */
    public static String grouped(int n, String lang) {
        String digits = Integer.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) sb.append(',');
            sb.append(digits.charAt(i));
        }
        return n < 0 ? "-" + sb : sb.toString();
    }

    /** A number typed by a reader: NaN when it is not one (empty text included). */
    @JSBody(params = "s", script = "return String(s).trim() === '' ? NaN : Number(String(s).trim().replace(',', '.'));")
    public static native double parseNumber(String s);

    /**
     * Java's bytes as pixels for ImageData, in a buffer of their own that can be transferred. (The
     * JavaScript bundle's {@code copyFromJavaArray} may hand out the Java array's own storage,
     * which must never be detached; slicing copies it.)
     */
    @JSBody(params = "bytes", script = "return new Uint8ClampedArray("
            + "bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));")
    public static native JSObject clamped(Int8Array bytes);

    public static JSObject doubles(double[] values) {
        return Float64Array.copyFromJavaArray(values);
    }

    public static JSObject doubles(double[] values, int from, int to) {
        double[] part = new double[to - from];
        System.arraycopy(values, from, part, 0, part.length);
        return Float64Array.copyFromJavaArray(part);
    }

    public static JSObject ints(int[] values) {
        return Int32Array.copyFromJavaArray(values);
    }

    public static double[] doubles(JSObject o, String k) {
        if (!has(o, k)) return new double[0];
        return ((Float64Array) get(o, k).cast()).copyToJavaArray();
    }

    public static int[] ints(JSObject o, String k) {
        if (!has(o, k)) return new int[0];
        return ((Int32Array) get(o, k).cast()).copyToJavaArray();
    }

    @JSBody(params = "message", script = "console.warn(message);")
    public static native void warn(String message);
}
