package playground.client.page.panels;

import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import playground.client.engine.EngineClient;
import playground.client.page.PageState;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.client.ui.Icons;
import playground.client.ui.Js;
import playground.config.Schema;

/**
 * Reset (new weights), play/pause, one step, replay (the same start), the epoch counter, the speed (epochs per frame) and
 * where to stop: the reference's run bar and a little more.
 */
public final class TrainingControls {
    private static final int[] SPEEDS = {1, 2, 5, 10, 20, 50, 100};

    private final EngineClient engine;
    private final I18n i18n;
    private final HTMLButtonElement play;
    private final HTMLElement playIcon;
    private final HTMLElement epoch;

    public TrainingControls(HTMLElement parent, PageState state, EngineClient engine, I18n i18n) {
        this.engine = engine;
        this.i18n = i18n;
        HTMLElement buttons = Dom.el(parent, "div", "run-buttons");
        // Reset draws new initial weights on the same data, as TensorFlow Playground's; Replay
        // starts the same network again (same weights, same batch order).
        Dom.iconButton(buttons, "icon-button", "", "run.reset",
                () -> state.change(Schema.INIT_SEED, next(state.config().weightSeed()), PageState.Push.PUSH))
                .setAttribute("data-control", "reset");
        play = Dom.button(buttons, "play-button", null, engine::togglePlay);
        play.setAttribute("data-control", "play");
        play.setId("play");
        playIcon = Dom.el(play, "span", "icon");
        playIcon.setAttribute("aria-hidden", "true");
        Dom.iconButton(buttons, "icon-button", "", "run.step", engine::step).setAttribute("data-control", "step");
        Dom.iconButton(buttons, "icon-button", "", "run.replay", engine::reset).setAttribute("data-control", "replay");
        icon(buttons, 0, Icons.RESET);
        icon(buttons, 2, Icons.STEP);
        icon(buttons, 3, Icons.REPLAY);

        HTMLElement counter = Dom.el(parent, "div", "epoch");
        Dom.text(counter, "span", "epoch-label", "run.epoch");
        epoch = Dom.el(counter, "output", "epoch-value");
        epoch.setId("epoch");
        epoch.setTextContent("0");

        HTMLElement settings = Dom.el(parent, "div", "run-settings");
        HTMLSelectElement speed = Dom.select(null, null);
        Dom.field(settings, "run.speed", speed);
        for (int s : SPEEDS) Dom.option(speed, Integer.toString(s), null).setTextContent("×" + s);
        Dom.on(speed, "change", e -> engine.setSpeed(Integer.parseInt(speed.getValue())));

        HTMLInputElement stopEpoch = Dom.input(null, "number", "narrow");
        Dom.field(settings, "run.stopEpoch", stopEpoch);
        stopEpoch.setAttribute("min", "0");
        stopEpoch.setAttribute("step", "1");
        stopEpoch.setAttribute("data-i18n-placeholder", "run.never");
        Dom.on(stopEpoch, "change", e -> {
            double v = Js.parseNumber(stopEpoch.getValue());
            engine.setStopEpoch(v == v && v > 0 ? (int) v : 0);
        });

        HTMLInputElement stopLoss = Dom.input(null, "text", "narrow");
        Dom.field(settings, "run.stopLoss", stopLoss);
        stopLoss.setAttribute("inputmode", "decimal");
        stopLoss.setAttribute("data-i18n-placeholder", "run.never");
        Dom.on(stopLoss, "change", e -> {
            double v = Js.parseNumber(stopLoss.getValue());
            engine.setStopLoss(v == v ? v : 0);
        });

        engine.onPlayChange(this::renderPlay);
        engine.onFrame(f -> Dom.setText(epoch, Js.grouped(f.epoch, i18n.locale())));
        i18n.onChange(this::renderPlay);
        renderPlay();
    }

    /** The next seed, wrapping at the largest integer: a reproducible sequence of resets. */
    static int next(int seed) {
        return seed == Integer.MAX_VALUE ? Integer.MIN_VALUE : seed + 1;
    }

    private static void icon(HTMLElement buttons, int index, String drawing) {
        buttons.getChildren().get(index).<HTMLElement>cast().querySelector(".icon").setInnerHTML(Icons.svg(drawing, 20));
    }

    private void renderPlay() {
        boolean on = engine.playing();
        playIcon.setInnerHTML(Icons.svg(on ? Icons.PAUSE : Icons.PLAY, 26));
        String key = on ? "run.pause" : "run.play";
        play.setAttribute("data-i18n-aria", key);
        play.setAttribute("aria-label", i18n.t(key));
        play.setAttribute("title", i18n.t(key));
        Dom.toggleClass(play, "playing", on);
    }
}
