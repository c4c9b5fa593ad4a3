package playground.client.serverruns;

import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import playground.client.JsNumbers;

/**
 * Entry point of the server runs' own bundles (serverruns.wasm and serverruns.js), which the
 * playground page loads only when the reader asks to run on the server, or at start when the tab
 * follows a run ({@link ServerRuns}, through ui.Bundles). The playground's bundle carries none of it.
 */
public final class ServerRunsMain {
    private ServerRunsMain() {}

    static {
        JsNumbers.install();
    }

    private static ServerRunsRoom room;

    /** TeaVM needs a main method; the page calls the exports. */
    public static void main(String[] args) {}

    /**
     * Builds the room in the page (its dialog, and its view under the sharing bar, showing the run
     * the tab follows, if any). {@code page}: the {@link PageBridge}. Once per page.
     */
    @JSExport
    public static void start(JSObject page) {
        if (room == null) room = new ServerRunsRoom(page.cast());
    }

    /** Opens the "Run on the server" dialog. */
    @JSExport
    public static void openDialog() {
        room.openDialog();
    }
}
