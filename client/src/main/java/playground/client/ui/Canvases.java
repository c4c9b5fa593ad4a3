package playground.client.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/** Putting the worker's pixels on canvases, straight from the transferred typed arrays. */
public final class Canvases {
    private Canvases() {}

    /** Draws {@code size × size} RGBA pixels starting at pixel {@code index · size²} of {@code pixels}. */
    @JSBody(params = {"canvas", "pixels", "index", "size"}, script =
            "const byteCount = size * size * 4;"
            + "const pixelPart = new Uint8ClampedArray(pixels.buffer, pixels.byteOffset + index * byteCount, byteCount);"
            + "canvas.getContext('2d').putImageData(new ImageData(pixelPart, size, size), 0, 0);")
    public static native void put(HTMLCanvasElement canvas, JSObject pixels, int index, int size);

    /** Draws a small canvas scaled up onto a larger one, smoothed. */
    @JSBody(params = {"target", "source"}, script =
            "const context = target.getContext('2d'); context.imageSmoothingEnabled = true;"
            + "context.clearRect(0, 0, target.width, target.height);"
            + "context.drawImage(source, 0, 0, target.width, target.height);")
    public static native void scaleInto(HTMLCanvasElement target, HTMLCanvasElement source);

    /** The value of a CSS custom property on the document, e.g. {@code --fg}. */
    @JSBody(params = "name", script = "return getComputedStyle(document.documentElement).getPropertyValue(name).trim();")
    public static native String cssVar(String name);
}
