package playground.client.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** Opening and closing a {@code <dialog>} as a modal: the page behind it is inert until it closes. */
public final class Modal {
    private Modal() {}

    /** Opens the dialog (once: opening an open dialog again would throw). */
    @JSBody(params = "dialog", script = "if (!dialog.open) dialog.showModal();")
    public static native void open(HTMLElement dialog);

    @JSBody(params = "dialog", script = "dialog.close();")
    public static native void close(HTMLElement dialog);
}
