package playground.client.figure;

import java.util.function.Supplier;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Experiment;
import playground.client.ui.Dom;
import playground.client.ui.Downloads;
import playground.client.ui.I18n;
import playground.export.Xml;

/**
 * The figure handed out: as an SVG file, as a PNG at twice its CSS size, and on paper. For
 * printing, a box at the end of the page holds the figure and the experiment's link; the print
 * stylesheet (css/print.css) shows only that box. It is filled when printing starts, from the
 * state at that moment.
 */
public final class FigureExport {
    /** The PNG's pixels per CSS pixel of the figure: sharp on a projector and on paper. */
    public static final int PNG_SCALE = 2;

    private final Experiment experiment;
    private final EngineClient engine;
    private final I18n i18n;
    private final Supplier<String> link;
    private final HTMLElement printBox;

    public FigureExport(Experiment experiment, EngineClient engine, I18n i18n, Supplier<String> link) {
        this.experiment = experiment;
        this.engine = engine;
        this.i18n = i18n;
        this.link = link;
        printBox = Dom.el(Dom.doc().getBody(), "div", "print-figure");
        printBox.setId("print-figure");
        Dom.on(Window.current(), "beforeprint", e -> fillPrintBox());
        // printing from the browser's menu fires beforeprint; a print preview by media emulation does not
        whenPrintMedia(this::fillPrintBox);
    }

    public Figure figure() {
        return new Figure(experiment.config(), experiment.view(), engine.pictureFrame(), engine.points(),
                engine.history(), i18n);
    }

    public void downloadSvg() {
        Downloads.text("playground-figure.svg", figure().svg(), "image/svg+xml");
    }

    public void downloadPng() {
        Figure f = figure();
        renderPng(f.svg(), Figure.WIDTH, f.height(), PNG_SCALE, png -> {
            if (png != null) Downloads.blob("playground-figure.png", png);
        });
    }

    public void print() {
        fillPrintBox();
        Window.current().print();
    }

    private void fillPrintBox() {
        String address = link.get();
        printBox.setInnerHTML(figure().svg() + "<p class=\"print-link\">" + Xml.escape(i18n.t("figure.link")) + " "
                + Xml.escape(address) + "</p>");
    }

    @JSFunctor
    interface Callback extends JSObject {
        void run();
    }

    @JSFunctor
    interface BlobHandler extends JSObject {
        void handle(JSObject blob);
    }

    @JSBody(params = "callback", script = "matchMedia('print').addEventListener('change',"
            + " mediaChange => { if (mediaChange.matches) callback(); });")
    private static native void whenPrintMedia(Callback callback);

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
