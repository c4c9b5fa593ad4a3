package playground.client.lessons;

import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.client.ui.Canvases;
import playground.client.ui.Dom;
import playground.client.ui.Js;

/**
 * A canvas as wide as its box showing a rectangle of data coordinates, with axes, ticks and
 * labels: the lessons draw their scatter plots, curves and maps on it in data units. Drawing is
 * in CSS pixels; the canvas has device pixels, so lines stay sharp.
 */
final class Plot {
    final HTMLCanvasElement canvas;
    private final double aspect;
    CanvasRenderingContext2D g;
    /** The size of the canvas in CSS pixels, after {@link #begin}. */
    double width, height;
    double left = 46, right = 12, top = 10, bottom = 36;
    /** The least height in CSS pixels, for drawings that need room on narrow screens. */
    double minHeight;
    double xMin, xMax, yMin, yMax;
    /** How tick labels of y are written; null writes the number with the axes' decimals. */
    java.util.function.DoubleFunction<String> yTickLabel;

    /** {@code aspect} is height / width. */
    Plot(HTMLElement parent, String className, double aspect) {
        this.aspect = aspect;
        canvas = Dom.canvas(parent, "plot " + className, 300, (int) (300 * aspect));
    }

    void range(double x0, double x1, double y0, double y1) {
        xMin = x0;
        xMax = x1;
        yMin = y0;
        yMax = y1;
    }

    /** Sizes the canvas to its box and clears it; false if it is not laid out (hidden). */
    boolean begin() {
        double cssWidth = canvas.getClientWidth();
        if (cssWidth <= 0) return false;
        double ratio = Dom.pixelRatio();
        width = cssWidth;
        height = Math.max(minHeight, Math.round(cssWidth * aspect));
        canvas.getStyle().setProperty("height", height + "px");
        int w = (int) Math.round(width * ratio);
        int h = (int) Math.round(height * ratio);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        g = canvas.getContext("2d").cast();
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
        g.clearRect(0, 0, width, height);
        g.setFont("12px system-ui, sans-serif");
        forgetLabels(canvas);
        return true;
    }

    /**
     * Writes {@code s} at canvas (x, y) with the current font and alignment, and notes where it
     * landed on the canvas element as {@code labels} (CSS pixels, after any rotation): tests check
     * from those that no label is cut off or covers another.
     */
    void text(String s, double x, double y) {
        g.fillText(s, x, y);
        noteLabel(canvas, g, s, x, y, "");
    }

    /**
     * A line of text centred {@code dy} below the centre of the circle (cx, cy, r), its font
     * ({@code weight} such as "600 " or "", and {@code size} in pixels) made smaller when the line
     * is wider than the circle there, so that large values stay inside.
     */
    void textInCircle(String text, String weight, double size, double cx, double cy, double dy, double r) {
        double half = Math.abs(dy) + size / 2;
        double room = Math.sqrt(Math.max(0, r * r - half * half)) * 2 - 6;
        g.setFont(weight + size + "px system-ui, sans-serif");
        double width = g.measureText(text).getWidth();
        if (width > room) g.setFont(weight + Math.floor(size * room / width * 10) / 10 + "px system-ui, sans-serif");
        text(text, cx, cy + dy);
    }

    /** A tick label of axis {@code axis} ("x" or "y"), noted as such. */
    private void tick(String axis, String s, double x, double y) {
        g.fillText(s, x, y);
        noteLabel(canvas, g, s, x, y, axis);
    }

    /** Notes a named region of the drawing on the canvas element as {@code marks}, as {@link #text} notes labels. */
    void mark(String name, double left, double top, double right, double bottom) {
        noteMark(canvas, name, left, top, right, bottom);
    }

    @JSBody(params = "canvas", script = "canvas.labels = []; canvas.marks = {};")
    private static native void forgetLabels(HTMLCanvasElement canvas);

    @JSBody(params = {"canvas", "g", "text", "x", "y", "axis"}, script =
            "const m = g.measureText(text), t = g.getTransform(), k = canvas.width / canvas.clientWidth;"
            + "const xs = [x - m.actualBoundingBoxLeft, x + m.actualBoundingBoxRight];"
            + "const ys = [y - m.actualBoundingBoxAscent, y + m.actualBoundingBoxDescent];"
            + "const box = {text, axis, left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity};"
            + "for (const px of xs) for (const py of ys) {"
            + " const q = t.transformPoint({x: px, y: py});"
            + " box.left = Math.min(box.left, q.x / k); box.right = Math.max(box.right, q.x / k);"
            + " box.top = Math.min(box.top, q.y / k); box.bottom = Math.max(box.bottom, q.y / k); }"
            + "canvas.labels.push(box);")
    private static native void noteLabel(HTMLCanvasElement canvas, CanvasRenderingContext2D g, String text,
            double x, double y, String axis);

    @JSBody(params = {"canvas", "name", "left", "top", "right", "bottom"}, script =
            "canvas.marks[name] = {left, top, right, bottom};")
    private static native void noteMark(HTMLCanvasElement canvas, String name, double left, double top,
            double right, double bottom);

    double plotWidth() {
        return width - left - right;
    }

    double plotHeight() {
        return height - top - bottom;
    }

    /** The canvas x (CSS pixels) of data x. */
    double px(double x) {
        double t = (x - xMin) / (xMax - xMin);
        return t * plotWidth() + left;
    }

    /** The canvas y (CSS pixels) of data y. */
    double py(double y) {
        double t = (y - yMin) / (yMax - yMin);
        return top + plotHeight() - t * plotHeight();
    }

    /** The data x at canvas x (CSS pixels). */
    double dataX(double cssX) {
        double t = (cssX - left) / plotWidth();
        return (xMax - xMin) * t + xMin;
    }

    double dataY(double cssY) {
        double t = (top + plotHeight() - cssY) / plotHeight();
        return (yMax - yMin) * t + yMin;
    }

    static String color(String cssVariable) {
        return Canvases.cssVar(cssVariable);
    }

    /** Frame, grid lines at the ticks, tick labels and axis titles. */
    void axes(String xTitle, String yTitle, int xDigits, int yDigits) {
        String grid = color("--line");
        String muted = color("--muted");
        g.setLineWidth(1);
        g.setStrokeStyle(grid);
        g.strokeRect(left, top, plotWidth(), plotHeight());
        g.setFillStyle(muted);
        g.setTextAlign("center");
        g.setTextBaseline("top");
        // never finer than the labels' decimals can tell apart ("1 1 2 2" on a short axis)
        double xStep = Math.max(niceStep(xMax - xMin, plotWidth() / 70), Math.pow(10, -xDigits));
        for (double x = Math.ceil(xMin / xStep) * xStep; x <= xMax + 1e-9; x += xStep) {
            double cx = px(x);
            line(cx, top, cx, top + plotHeight(), grid, 0.5);
            tick("x", Js.fixed(x, xDigits), cx, top + plotHeight() + 4);
        }
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        double yStep = Math.max(niceStep(yMax - yMin, plotHeight() / 40), Math.pow(10, -yDigits));
        for (double y = Math.ceil(yMin / yStep) * yStep; y <= yMax + 1e-9; y += yStep) {
            double cy = py(y);
            line(left, cy, left + plotWidth(), cy, grid, 0.5);
            tick("y", yTickLabel != null ? yTickLabel.apply(y) : Js.fixed(y, yDigits), left - 5, cy);
        }
        g.setTextAlign("center");
        g.setTextBaseline("bottom");
        if (xTitle != null) text(xTitle, left + plotWidth() / 2, height - 1);
        if (yTitle != null) {
            g.save();
            g.translate(11, top + plotHeight() / 2);
            g.rotate(-Math.PI / 2);
            g.setTextBaseline("middle");
            text(yTitle, 0, 0);
            g.restore();
        }
    }

    /** A round step (1, 2 or 5 times a power of ten) giving at most about {@code count} ticks. */
    static double niceStep(double span, double count) {
        double raw = span / Math.max(1, count);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / power;
        double nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10;
        return nice * power;
    }

    /** A line in canvas coordinates. */
    void line(double x0, double y0, double x1, double y1, String colour, double lineWidth) {
        g.setStrokeStyle(colour);
        g.setLineWidth(lineWidth);
        g.beginPath();
        g.moveTo(x0, y0);
        g.lineTo(x1, y1);
        g.stroke();
    }

    /** A curve through data points, clipped to the plot area. */
    void curve(double[] xs, double[] ys, int count, String colour, double lineWidth) {
        g.save();
        clipToArea();
        g.setStrokeStyle(colour);
        g.setLineWidth(lineWidth);
        g.setLineJoin("round");
        g.beginPath();
        boolean started = false;
        for (int i = 0; i < count; i++) {
            double y = ys[i];
            if (!(y == y) || Math.abs(y) > 1e12) {
                started = false;
                continue;
            }
            double cx = px(xs[i]);
            double span = yMax - yMin;
            double cy = py(Math.max(yMin - span, Math.min(span + yMax, y)));
            if (started) {
                g.lineTo(cx, cy);
            } else {
                g.moveTo(cx, cy);
                started = true;
            }
        }
        g.stroke();
        g.restore();
    }

    void clipToArea() {
        g.beginPath();
        g.rect(left, top, plotWidth(), plotHeight());
        g.clip();
    }

    /** A dot at data coordinates; {@code stroke} may be null. */
    void dot(double x, double y, double radius, String fill, String stroke) {
        g.beginPath();
        g.arc(px(x), py(y), radius, 0, Math.PI * 2);
        if (fill != null) {
            g.setFillStyle(fill);
            g.fill();
        }
        if (stroke != null) {
            g.setStrokeStyle(stroke);
            g.setLineWidth(1.5);
            g.stroke();
        }
    }

    /** The pointer's x in an event, in canvas CSS pixels. */
    @JSBody(params = {"canvas", "event"}, script = "return event.clientX - canvas.getBoundingClientRect().left;")
    static native double pointerX(HTMLCanvasElement canvas, org.teavm.jso.dom.events.Event event);

    /** The pointer's y in an event, in canvas CSS pixels. */
    @JSBody(params = {"canvas", "event"}, script = "return event.clientY - canvas.getBoundingClientRect().top;")
    static native double pointerY(HTMLCanvasElement canvas, org.teavm.jso.dom.events.Event event);
}
