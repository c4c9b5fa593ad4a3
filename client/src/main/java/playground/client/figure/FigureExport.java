package playground.client.figure;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.ui.Dom;
import playground.client.ui.Downloads;
import playground.client.ui.I18n;
import playground.export.Xml;

/**
 * The figure handed out: as an SVG file, as a PNG at twice its CSS size, and on paper. For
 * printing, a box at the end of the page holds the figure and the experiment's link; the print
 * stylesheet (css/print.css) shows only that box once it is filled. The page fills it when
 * printing starts, from the state at that moment.
 */
public final class FigureExport {
    /** The PNG's pixels per CSS pixel of the figure: sharp on a projector and on paper. */
    public static final int PNG_SCALE = 2;

    private final I18n i18n;
    private HTMLElement printBox;

    public FigureExport(I18n i18n) {
        this.i18n = i18n;
    }

    public void downloadSvg(Figure figure) {
        Downloads.text("playground-figure.svg", figure.svg(), "image/svg+xml");
    }

    public void downloadPng(Figure figure) {
        renderPng(figure.svg(), Figure.WIDTH, figure.height(), PNG_SCALE, png -> {
            if (png != null) Downloads.blob("playground-figure.png", png);
        });
    }

    /** Fills the print box and opens the browser's print dialog; {@code link} is the experiment's address. */
    public void print(Figure figure, String link) {
        fillPrintBox(figure, link);
        Window.current().print();
    }

    public void fillPrintBox(Figure figure, String link) {
        if (printBox == null) {
            printBox = Dom.el(Dom.doc().getBody(), "div", "print-figure");
            printBox.setId("print-figure");
        }
        printBox.setInnerHTML(figure.svg() + "<p class=\"print-link\">" + Xml.escape(i18n.t("figure.link")) + " "
                + Xml.escape(link) + "</p>");
    }

    @JSFunctor
    interface BlobHandler extends JSObject {
        void handle(JSObject blob);
    }

    /** Draws the SVG on a canvas {@code scale} times its size and hands over the PNG (null if it failed). */
    @JSBody(params = {"svgText", "width", "height", "scale", "done"}, script =
            "const picture = new Image();"
            + "picture.onload = () => { const canvas = document.createElement('canvas');"
            + "  canvas.width = Math.round(width * scale); canvas.height = Math.round(height * scale);"
            + "  canvas.getContext('2d').drawImage(picture, 0, 0, canvas.width, canvas.height);"
            + "  canvas.toBlob(pngBlob => done(pngBlob), 'image/png'); };"
            + "picture.onerror = () => done(null);"
            + "picture.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svgText);")
    private static native void renderPng(String svgText, double width, double height, int scale, BlobHandler done);
}
