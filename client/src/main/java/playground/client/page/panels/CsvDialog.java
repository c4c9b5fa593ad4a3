package playground.client.page.panels;

import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;
import playground.client.page.PageState;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Modal;
import playground.config.Config;
import playground.config.ConfigException;
import playground.config.Limits;
import playground.config.Schema;
import playground.data.CsvException;
import playground.data.Dataset;

/**
 * Custom points from CSV ({@code x1,x2,label} per line), pasted or read from a file. A bad row
 * is named with its line and what is wrong, and that line is selected in the text box.
 */
final class CsvDialog {
    private final PageState state;
    private final I18n i18n;
    private final HTMLElement dialog;
    private final HTMLTextAreaElement text;
    private final HTMLElement error;

    CsvDialog(HTMLElement parent, PageState state, I18n i18n) {
        this.state = state;
        this.i18n = i18n;
        Dom.button(parent, "wide-button", "csv.open", this::open).setId("csv-open");

        dialog = Dom.el(parent, "dialog", "csv-dialog");
        dialog.setAttribute("aria-labelledby", "csv-title");
        Dom.text(dialog, "h2", null, "csv.title").setId("csv-title");
        Dom.text(dialog, "p", "hint", "csv.hint");
        text = Dom.el(null, "textarea", "csv-text").cast();
        text.setId("csv-text");
        text.setAttribute("rows", "8");
        text.setAttribute("spellcheck", "false");
        text.setAttribute("placeholder", "x1,x2,label\n1.5,-2,1\n-3,0.5,-1");
        Dom.field(dialog, "csv.text", text);
        HTMLInputElement file = Dom.fileInput(dialog, "csv-file", "csv.file", ".csv,text/csv,text/plain");
        Dom.on(file, "change", e -> readFile(file));
        error = Dom.el(dialog, "p", "error");
        error.setAttribute("role", "alert");
        error.setId("csv-error");
        HTMLElement buttons = Dom.el(dialog, "div", "dialog-buttons");
        Dom.button(buttons, "primary", "csv.apply", this::apply).setId("csv-apply");
        Dom.button(buttons, null, "csv.cancel", this::close);
    }

    private void readFile(HTMLInputElement file) {
        if (file.getFiles().getLength() == 0) return;
        JSObject chosen = file.getFiles().get(0);
        try {
            // A huge file would freeze the page in the text box long before it is refused.
            Dataset.checkCsvSize((long) fileSize(chosen), Limits.BROWSER);
        } catch (CsvException tooLong) {
            error.setTextContent(i18n.t("csv.error", tooLong.getMessage()));
            return;
        }
        error.setTextContent("");
        readText(chosen, content -> text.setValue(content));
    }

    private void open() {
        error.setTextContent("");
        Modal.open(dialog);
    }

    private void close() {
        Modal.close(dialog);
    }

    private void apply() {
        Config c = state.config();
        Dataset d;
        try {
            d = Dataset.fromCsv(text.getValue(), c.problem, c.isRegression() ? 2 : c.classes, Limits.BROWSER);
        } catch (CsvException e) {
            error.setTextContent(i18n.t("csv.error", e.getMessage()));
            if (e.row() > 0) selectLine(text, e.row());
            return;
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(Schema.DATASET, Schema.CUSTOM);
        change.put(Schema.CUSTOM_POINTS, d.toFlatTriples());
        if (!c.isRegression()) change.put(Schema.CLASSES, c.classes);
        try {
            state.setConfig(c.withMap(change), PageState.Push.PUSH);
        } catch (ConfigException e) {
            error.setTextContent(i18n.t("csv.error", e.getMessage()));
            return;
        }
        close();
    }

    @JSFunctor
    interface TextHandler extends JSObject {
        void handle(String text);
    }

    @JSBody(params = "file", script = "return file.size;")
    private static native double fileSize(JSObject file);

    @JSBody(params = {"file", "handler"}, script = "file.text().then(fileText => handler(fileText));")
    private static native void readText(JSObject file, TextHandler handler);



    /** Selects line {@code line} (from 1) of the text box and scrolls it into view. */
    @JSBody(params = {"area", "line"}, script = "const allLines = area.value.split('\\n');"
            + "let lineStart = 0;"
            + "for (let lineIndex = 0; lineIndex < line - 1 && lineIndex < allLines.length; lineIndex++) {"
            + " lineStart += allLines[lineIndex].length + 1; }"
            + "const lineEnd = lineStart + (allLines[line - 1] || '').length;"
            + "area.focus(); area.setSelectionRange(lineStart, lineEnd);")
    private static native void selectLine(HTMLTextAreaElement area, int line);
}
