package playground.client.sharing;

import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import playground.client.JsNumbers;
import playground.client.figure.FigureExport;

/**
 * Entry point of the share bundle (share.wasm and share.js): the save, "my experiments" and
 * embed-code dialogs and the figure (SVG, PNG, print), which a reader rarely opens, so the
 * playground page loads them only on the first press of one of their buttons ({@link ShareBundle}).
 * Each dialog is built on its first opening, into the page's sharing section.
 */
public final class ShareToolsMain {
    private ShareToolsMain() {}

    static {
        JsNumbers.install();
    }

    private static SharePage page;
    private static SaveDialog save;
    private static MyExperiments mine;
    private static EmbedGenerator embed;
    private static FigureExport figure;

    /** TeaVM needs a main method; the page calls the export. */
    public static void main(String[] args) {}

    /** Does {@code tool} (a {@link ShareBridge} tool name) for the page that built {@code bridge}. */
    @JSExport
    public static void open(String tool, JSObject bridge) {
        if (page == null) page = new SharePage(bridge);
        switch (tool) {
            case ShareBridge.SAVE:
                if (save == null) save = new SaveDialog(page);
                save.open();
                break;
            case ShareBridge.MINE:
                if (mine == null) mine = new MyExperiments(page);
                mine.open();
                break;
            case ShareBridge.EMBED:
                if (embed == null) embed = new EmbedGenerator(page);
                embed.open();
                break;
            case ShareBridge.FIGURE_PNG:
                figure().downloadPng(page.figure());
                break;
            case ShareBridge.FIGURE_SVG:
                figure().downloadSvg(page.figure());
                break;
            case ShareBridge.PRINT:
                figure().print(page.figure(), page.link());
                break;
            case ShareBridge.PRINT_BOX:
                figure().fillPrintBox(page.figure(), page.link());
                break;
            default:
                throw new IllegalArgumentException("no share tool '" + tool + "'");
        }
    }

    private static FigureExport figure() {
        if (figure == null) figure = new FigureExport(page.i18n);
        return figure;
    }
}
