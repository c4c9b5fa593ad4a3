package playground.client.page.panels;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.engine.EngineClient;
import playground.client.engine.Protocol;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Js;

/**
 * "Show the maths": the current network written as formulas (MathML from the export package),
 * with the current numbers. Asked for only while the panel is open, at most twice a second.
 */
public final class MathPanel {
    private static final double REFRESH_MS = 500;

    private final EngineClient engine;
    private final I18n i18n;
    private final HTMLElement details;
    private final HTMLElement body;
    private double lastAsked = -1e9;
    private boolean asking;

    public MathPanel(HTMLElement parent, EngineClient engine, I18n i18n) {
        this.engine = engine;
        this.i18n = i18n;
        details = Dom.el(parent, "details", "math");
        details.setId("math-details");
        Dom.text(details, "summary", null, "math.show");
        body = Dom.el(details, "div", "math-body");
        body.setId("math-body");
        Dom.on(details, "toggle", e -> refresh(true));
        engine.onFrame(f -> refresh(false));
        i18n.onChange(() -> refresh(true));
    }

    private void refresh(boolean now) {
        if (!isOpen(details) || asking) return;
        double t = Js.now();
        if (!now && t - lastAsked < REFRESH_MS) return;
        lastAsked = t;
        asking = true;
        engine.export(Protocol.MATH, text -> {
            asking = false;
            if (text != null) body.setInnerHTML(text);
        });
    }

    @JSBody(params = "details", script = "return details.open;")
    private static native boolean isOpen(HTMLElement details);
}
