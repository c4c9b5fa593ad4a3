package playground.client.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/** Files the page hands to the reader: text and pictures as downloads through Blob URLs. */
public final class Downloads {
    private Downloads() {}

    public static void text(String name, String text, String type) {
        blob(name, newBlob(text, type));
    }

    /** Hands a Blob (a file made in the page) to the reader as a download called {@code name}. */
    @JSBody(params = {"name", "blob"}, script =
            "const blobUrl = URL.createObjectURL(blob);"
            + "const anchor = document.createElement('a'); anchor.href = blobUrl; anchor.download = name;"
            + "document.body.appendChild(anchor); anchor.click(); anchor.remove();"
            + "setTimeout(() => URL.revokeObjectURL(blobUrl), 10000);")
    public static native void blob(String name, JSObject blob);

    @JSBody(params = {"text", "type"}, script = "return new Blob([text], {type: type});")
    private static native JSObject newBlob(String text, String type);

    /**
     * The output picture as PNG: the heatmap scaled up smoothly with the points drawn on top, as
     * the reader sees it.
     */
    @JSBody(params = {"name", "heatmap", "points", "size"}, script =
            "const canvasCopy = document.createElement('canvas'); canvasCopy.width = size; canvasCopy.height = size;"
            + "const context = canvasCopy.getContext('2d'); context.imageSmoothingEnabled = true;"
            + "context.drawImage(heatmap, 0, 0, size, size); context.drawImage(points, 0, 0, size, size);"
            + "canvasCopy.toBlob(pngBlob => { const blobUrl = URL.createObjectURL(pngBlob);"
            + "const anchor = document.createElement('a'); anchor.href = blobUrl; anchor.download = name;"
            + "document.body.appendChild(anchor); anchor.click(); anchor.remove();"
            + "setTimeout(() => URL.revokeObjectURL(blobUrl), 10000); }, 'image/png');")
    public static native void png(String name, HTMLCanvasElement heatmap, HTMLCanvasElement points, int size);

    @JSFunctor
    public interface Done extends JSObject {
        void done(boolean ok);
    }

    /** Copies text to the clipboard; {@code done} hears whether it worked. */
    @JSBody(params = {"text", "done"}, script =
            "if (!navigator.clipboard) { done(false); return; }"
            + "navigator.clipboard.writeText(text).then(() => done(true), () => done(false));")
    public static native void copy(String text, Done done);
}
