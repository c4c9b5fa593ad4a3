package playground.client.page.panels;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Protocol;
import playground.client.page.PageState;
import playground.client.ui.Dom;
import playground.client.ui.Downloads;
import playground.client.ui.Notice;

/**
 * Taking the experiment away and bringing it back: the output as PNG, the whole experiment as a
 * figure (PNG, SVG, printed), the model as JSON (which
 * imports back into exactly this state), the loss history and the data as CSV, the model as a
 * PyTorch or Keras script; and the copy-link button in the page header.
 */
public final class ExportPanel {
    /** Does a figure action ({@code "png"}, {@code "svg"}, {@code "print"}) for the button pressed. */
    public interface FigureActions {
        void run(String action, HTMLElement button);
    }

    private final EngineClient engine;
    private final Notice notice;

    public ExportPanel(HTMLElement parent, HTMLElement prefs, PageState state, EngineClient engine, OutputPanel output,
            FigureActions figure, Notice notice) {
        this.engine = engine;
        this.notice = notice;
        HTMLButtonElement copy = Dom.button(prefs, "copy-link", "export.copyLink", () ->
                Downloads.copy(state.link(), ok -> notice.show(ok ? "export.copied" : "export.copyFailed",
                        ok ? null : state.link())));
        copy.setId("copy-link");

        Dom.text(parent, "h2", null, "export.heading");
        HTMLElement buttons = Dom.el(parent, "div", "export-buttons");
        Dom.button(buttons, null, "export.png",
                () -> Downloads.png("playground.png", output.heatmap, output.pointsLayer, 600)).setId("export-png");
        figureButton(buttons, "export.figurePng", "png", figure).setId("export-figure-png");
        figureButton(buttons, "export.figureSvg", "svg", figure).setId("export-figure-svg");
        figureButton(buttons, "export.print", "print", figure).setId("export-print");
        fileButton(buttons, "export.model", Protocol.MODEL, "playground-model.json", "application/json")
                .setId("export-model");
        fileButton(buttons, "export.lossCsv", Protocol.LOSS_CSV, "loss-history.csv", "text/csv");
        fileButton(buttons, "export.dataCsv", Protocol.DATA_CSV, "data.csv", "text/csv");
        fileButton(buttons, "export.pytorch", Protocol.PYTORCH, "playground_model.py", "text/x-python");
        fileButton(buttons, "export.keras", Protocol.KERAS, "playground_keras.py", "text/x-python");

        HTMLInputElement file = Dom.fileInput(parent, "import-model", "export.importModel", ".json,application/json");
        Dom.on(file, "change", e -> {
            if (file.getFiles().getLength() == 0) return;
            readText(file.getFiles().get(0), text -> {
                file.setValue("");
                engine.importModel(text, message -> notice.show("export.importFailed", message));
            });
        });
    }

    private static HTMLButtonElement figureButton(HTMLElement parent, String key, String action, FigureActions figure) {
        HTMLButtonElement[] button = new HTMLButtonElement[1];
        button[0] = Dom.button(parent, null, key, () -> figure.run(action, button[0]));
        return button[0];
    }

    private HTMLButtonElement fileButton(HTMLElement parent, String key, String what, String name, String type) {
        return Dom.button(parent, null, key, () -> engine.export(what, text -> {
            if (text != null) Downloads.text(name, text, type);
        }));
    }

    @JSFunctor
    interface TextHandler extends JSObject {
        void handle(String text);
    }

    @JSBody(params = {"file", "handler"}, script = "file.text().then(fileText => handler(fileText));")
    private static native void readText(JSObject file, TextHandler handler);
}
