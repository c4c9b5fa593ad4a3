package playground.client.page.panels;

import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.page.PageState;
import playground.client.ui.Dom;
import playground.client.ui.I18n;
import playground.config.Config;
import playground.config.Schema;
import playground.picture.Palette;

/**
 * Under the output picture: the "Add points" toggle and, while it is on, a hint (one for touch
 * screens, one for a mouse: the style sheet shows the one that fits), the class (or value) a new
 * point gets, the remove mode, and Undo.
 */
final class PointsBar {
    private final PointTool tool;
    private final ThemeSwitch theme;
    private final I18n i18n;
    private final PageState state;
    private final HTMLButtonElement add;
    private final HTMLElement mode;
    private final HTMLElement classButtons;
    private final HTMLButtonElement undo;

    PointsBar(HTMLElement parent, PageState state, PointTool tool, ThemeSwitch theme, I18n i18n) {
        this.state = state;
        this.tool = tool;
        this.theme = theme;
        this.i18n = i18n;
        HTMLElement bar = Dom.el(parent, "div", "points-bar");
        bar.setAttribute("data-control", Schema.CUSTOM_POINTS);
        HTMLElement row = Dom.el(bar, "div", "points-row");
        add = Dom.button(row, "add-points", "points.add", () -> tool.setAdding(!tool.adding));
        add.setId("add-points");
        undo = Dom.button(row, "undo-points", "points.undo", tool::undo);
        undo.setId("undo-points");
        mode = Dom.el(bar, "div", "points-mode");
        mode.setId("points-mode");
        Dom.text(mode, "p", "hint hint-touch", "points.hintTouch");
        Dom.text(mode, "p", "hint hint-mouse", "points.hintMouse");
        classButtons = Dom.el(mode, "div", "class-buttons");
        classButtons.setAttribute("role", "group");
        classButtons.setAttribute("data-i18n-aria", "data.classToAdd");
        add.setAttribute("aria-controls", "points-mode");

        tool.onChange(this::render);
        state.listen((c, v) -> render());
        theme.onChange(this::render);
        i18n.onChange(this::render);
        render();
    }

    private void render() {
        Dom.pressed(add, tool.adding);
        mode.setHidden(!tool.adding);
        undo.setHidden(!tool.canUndo());
        renderClassButtons();
    }

    /** One button per class to add (or a value for regression), and the remove mode. */
    private void renderClassButtons() {
        classButtons.clear();
        Config c = state.config();
        Palette palette = theme.palette();
        if (!c.isRegression()) {
            int k = c.classes;
            for (int i = 0; i < k; i++) {
                int index = i;
                String name = k == 2 ? i18n.t(i == 0 ? "data.classNegative" : "data.classPositive")
                        : i18n.t("data.classN", i + 1);
                choice(Palette.css(palette.classRgb(i, k)), name, !tool.removing && tool.classIndex == index, () -> {
                    tool.classIndex = index;
                    tool.removing = false;
                });
            }
        } else {
            for (int sign = 1; sign >= -1; sign -= 2) {
                double v = sign;
                choice(palette.css(v), i18n.t("data.value", sign > 0 ? "+1" : "−1"), !tool.removing && tool.value == v,
                        () -> {
                            tool.value = v;
                            tool.removing = false;
                        });
            }
        }
        HTMLButtonElement remove = Dom.button(classButtons, "class-button", null, () -> {
            tool.removing = !tool.removing;
            tool.changed();
        });
        Dom.el(remove, "span", "swatch remove-swatch").setTextContent("×");
        Dom.el(remove, "span", null).setTextContent(i18n.t("data.remove"));
        Dom.pressed(remove, tool.removing);
    }

    private void choice(String colour, String name, boolean on, Runnable pick) {
        HTMLButtonElement b = Dom.button(classButtons, "class-button", null, () -> {
            pick.run();
            tool.changed();
        });
        Dom.el(b, "span", "swatch").getStyle().setProperty("background", colour);
        Dom.el(b, "span", null).setTextContent(name);
        Dom.pressed(b, on);
    }
}
