package playground.data;

import playground.config.Limits;
import playground.core.Numbers;

/**
 * A data set of two-dimensional examples, held in three flat arrays (no object per point):
 * point {@code i} is {@code (x1[i], x2[i])} with target {@code label[i]}.
 *
 * <p>Labels, as TensorFlow Playground has them:
 * <ul>
 *   <li>{@code classes == 2}: classification with labels {@code +1} and {@code -1} (tanh output);
 *   <li>{@code classes == 3 … 5}: classification with labels {@code 0 … classes-1}, stored as doubles;
 *   <li>{@code classes == 0}: regression, real labels of about [-1, 1].
 * </ul>
 *
 * <p>A data set is treated as immutable: nothing in the core writes into its arrays, and the
 * methods that change it ({@link #withPoint}, {@link #withoutPoint}, {@link #subset}) return a
 * new one. The arrays are exposed for speed; callers must not modify them either.
 */
public final class Dataset {
    /** The box every generated and custom point lies in: x1, x2 in [-DOMAIN, DOMAIN]. */
    public static final double DOMAIN = 6.0;
    /** The largest number of classes a classification data set may have. */
    public static final int MAX_CLASSES = 5;

    public final double[] x1;
    public final double[] x2;
    public final double[] label;
    /** 0 for regression, 2 for labels ±1, k (3 … 5) for labels 0 … k-1. */
    public final int classes;

    /** Wraps the arrays (not copied). They must have the same length. */
    public Dataset(double[] x1, double[] x2, double[] label, int classes) {
        if (x1.length != x2.length || x1.length != label.length) {
            throw new IllegalArgumentException("x1, x2 and label must have the same length: "
                    + x1.length + ", " + x2.length + ", " + label.length);
        }
        checkClasses(classes);
        this.x1 = x1;
        this.x2 = x2;
        this.label = label;
        this.classes = classes;
    }

    public int size() {
        return label.length;
    }

    public boolean isRegression() {
        return classes == 0;
    }

    /**
     * A data set from {@code [x1, x2, label, x1, x2, label, …]}, as the configuration's
     * {@code customPoints} hold it. Every point is checked: coordinates finite and within
     * [-6, 6], labels valid for {@code classes} ({@link #isValidLabel}).
     *
     * @throws IllegalArgumentException naming the first bad point (counted from 1)
     */
    public static Dataset custom(double[] flatTriples, int classes) {
        checkClasses(classes);
        if (flatTriples.length % 3 != 0) {
            throw new IllegalArgumentException(
                    "custom points must be triples x1, x2, label; got " + flatTriples.length + " numbers");
        }
        int n = flatTriples.length / 3;
        double[] a = new double[n], b = new double[n], l = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = flatTriples[3 * i];
            b[i] = flatTriples[3 * i + 1];
            l[i] = flatTriples[3 * i + 2];
            String error = coordinateError("x1", a[i]);
            if (error == null) error = coordinateError("x2", b[i]);
            if (error == null && !isValidLabel(l[i], classes)) {
                error = labelRule(classes) + ", got " + number(l[i]);
            }
            if (error != null) throw new IllegalArgumentException("point " + (i + 1) + ": " + error);
        }
        return new Dataset(a, b, l, classes);
    }

    /** The points as {@code [x1, x2, label, …]}, the inverse of {@link #custom}. */
    public double[] toFlatTriples() {
        int n = size();
        double[] out = new double[3 * n];
        for (int i = 0; i < n; i++) {
            out[3 * i] = x1[i];
            out[3 * i + 1] = x2[i];
            out[3 * i + 2] = label[i];
        }
        return out;
    }

    /** The points {@code indices[from] … indices[to-1]}, in that order (copied). */
    public Dataset subset(int[] indices, int from, int to) {
        if (from < 0 || to < from || to > indices.length) {
            throw new IllegalArgumentException("bad range " + from + " to " + to + " of " + indices.length);
        }
        int n = to - from;
        double[] a = new double[n], b = new double[n], l = new double[n];
        for (int i = 0; i < n; i++) {
            int j = indices[from + i];
            a[i] = x1[j];
            b[i] = x2[j];
            l[i] = label[j];
        }
        return new Dataset(a, b, l, classes);
    }

    /** A copy with one more point at the end (a click on the custom data set). */
    public Dataset withPoint(double px1, double px2, double plabel) {
        int n = size();
        double[] a = new double[n + 1], b = new double[n + 1], l = new double[n + 1];
        System.arraycopy(x1, 0, a, 0, n);
        System.arraycopy(x2, 0, b, 0, n);
        System.arraycopy(label, 0, l, 0, n);
        a[n] = px1;
        b[n] = px2;
        l[n] = plabel;
        return new Dataset(a, b, l, classes);
    }

    /** A copy without point {@code index}. */
    public Dataset withoutPoint(int index) {
        int n = size();
        if (index < 0 || index >= n) throw new IllegalArgumentException("no point " + index + " of " + n);
        double[] a = new double[n - 1], b = new double[n - 1], l = new double[n - 1];
        for (int i = 0, k = 0; i < n; i++) {
            if (i == index) continue;
            a[k] = x1[i];
            b[k] = x2[i];
            l[k] = label[i];
            k++;
        }
        return new Dataset(a, b, l, classes);
    }

    /** The index of the point nearest to (px1, px2), or -1 if there are none. */
    public int nearestIndex(double px1, double px2) {
        int best = -1;
        double bestD2 = Double.POSITIVE_INFINITY;
        for (int i = 0; i < size(); i++) {
            double d1 = x1[i] - px1;
            double d2 = x2[i] - px2;
            double dd = d1 * d1 + d2 * d2;
            if (dd < bestD2) {
                bestD2 = dd;
                best = i;
            }
        }
        return best;
    }

    /** How many points have exactly this label. */
    public int count(double value) {
        int c = 0;
        for (double l : label) if (l == value) c++;
        return c;
    }

    // ---------------------------------------------------------------- CSV

    /** The header line that {@link #toCsv} writes and {@link #fromCsv} accepts. */
    public static final String CSV_HEADER = "x1,x2,label";

    /**
     * The points as CSV: the header {@code x1,x2,label}, then one line per point. Class labels
     * are written as integers ({@code 1}, {@code -1}, {@code 0}); numbers otherwise in Java's
     * shortest round-trip form, so {@link #fromCsv} reads back the same bits.
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(size() * 40 + 16);
        sb.append(CSV_HEADER).append('\n');
        for (int i = 0; i < size(); i++) {
            sb.append(x1[i]).append(',').append(x2[i]).append(',');
            if (classes == 0) sb.append(label[i]);
            else sb.append((int) label[i]);
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Reads CSV lines {@code x1,x2,label}. A first line {@code x1,x2,label} (a header) is
     * skipped; blank lines are ignored; spaces around values are allowed; line ends may be
     * {@code \n} or {@code \r\n}. Rows are numbered as lines of the text, from 1, header included,
     * so that an error points at the line a user sees in the editor.
     *
     * @param problem {@code "classification"} or {@code "regression"}
     * @param classes for classification 2 (labels ±1) or 3 … 5 (labels 0 … k-1); ignored for
     *     regression (the result has {@code classes == 0})
     * @throws CsvException with the row and column of the first bad value, for example
     *     {@code "row 3: label must be 1 or -1, got 2"}
     */
    public static Dataset fromCsv(String text, String problem, int classes) {
        return fromCsv(text, problem, classes, Limits.SERVER);
    }

    /**
     * As {@link #fromCsv(String, String, int)}, refusing more points than {@code limits} allow
     * before reading them all: a text longer than {@link Limits#maxCsvChars} at once, and
     * otherwise at the first row beyond {@link Limits#maxPoints}.
     */
    public static Dataset fromCsv(String text, String problem, int classes, Limits limits) {
        checkCsvSize(text.length(), limits);
        int k;
        if ("regression".equals(problem)) {
            k = 0;
        } else if ("classification".equals(problem)) {
            if (classes < 2 || classes > MAX_CLASSES) {
                throw new IllegalArgumentException("classes must be 2 to " + MAX_CLASSES + ", got " + classes);
            }
            k = classes;
        } else {
            throw new IllegalArgumentException("problem must be classification or regression, got " + problem);
        }
        int capacity = 16;
        double[] a = new double[capacity], b = new double[capacity], l = new double[capacity];
        int n = 0;
        int row = 0;
        boolean seenContent = false;
        int pos = 0;
        int length = text.length();
        while (pos < length) {
            int end = text.indexOf('\n', pos);
            if (end < 0) end = length;
            String line = text.substring(pos, end);
            pos = end + 1;
            row++;
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.trim().isEmpty()) continue;
            String[] cells = splitCells(line);
            if (!seenContent) {
                seenContent = true;
                if (isHeader(cells)) continue;
            }
            if (cells.length != 3) {
                throw new CsvException(row, null,
                        "expected 3 columns x1,x2,label, got " + cells.length);
            }
            double v1 = parseCell(row, "x1", cells[0]);
            double v2 = parseCell(row, "x2", cells[1]);
            double v3 = parseCell(row, "label", cells[2]);
            if (v1 < -DOMAIN || v1 > DOMAIN) throw outOfRange(row, "x1", cells[0]);
            if (v2 < -DOMAIN || v2 > DOMAIN) throw outOfRange(row, "x2", cells[1]);
            if (!isValidLabel(v3, k)) {
                throw new CsvException(row, "label", labelRule(k) + ", got " + cells[2]);
            }
            if (n == limits.maxPoints) {
                throw new CsvException(row, null, "more than " + limits.maxPoints + " points; at most "
                        + limits.maxPoints + " in the " + limits.name);
            }
            if (n == capacity) {
                capacity *= 2;
                a = grow(a, capacity);
                b = grow(b, capacity);
                l = grow(l, capacity);
            }
            a[n] = v1;
            b[n] = v2;
            l[n] = v3;
            n++;
        }
        if (n == 0) throw new CsvException(0, null, "no data rows: expected lines x1,x2,label");
        return new Dataset(grow(a, n), grow(b, n), grow(l, n), k);
    }

    /** Refuses a CSV text of {@code chars} characters (or a file of as many bytes) too long for {@code limits}. */
    public static void checkCsvSize(long chars, Limits limits) {
        if (chars > limits.maxCsvChars()) {
            throw new CsvException(0, null, "the text is " + chars + " characters long; at most "
                    + limits.maxCsvChars() + " (" + limits.maxPoints + " points) in the " + limits.name);
        }
    }

    private static String[] splitCells(String line) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) if (line.charAt(i) == ',') count++;
        String[] cells = new String[count];
        int start = 0;
        for (int c = 0; c < count; c++) {
            int comma = line.indexOf(',', start);
            if (comma < 0) comma = line.length();
            cells[c] = line.substring(start, comma).trim();
            start = comma + 1;
        }
        return cells;
    }

    private static boolean isHeader(String[] cells) {
        return cells.length == 3
                && cells[0].equalsIgnoreCase("x1")
                && cells[1].equalsIgnoreCase("x2")
                && cells[2].equalsIgnoreCase("label");
    }

    private static CsvException outOfRange(int row, String column, String cell) {
        return new CsvException(row, column, column + " must be within [-6, 6], got " + cell);
    }

    /**
     * A decimal number: optional sign, digits with an optional point, optional exponent. Stricter
     * than Java's {@code Double.parseDouble}, which also takes {@code NaN}, {@code Infinity}, hex and a
     * trailing {@code d} or {@code f}: those would not be numbers to a spreadsheet or a browser.
     */
    private static double parseCell(int row, String column, String cell) {
        if (cell.isEmpty()) throw new CsvException(row, column, column + " is empty");
        if (!isDecimal(cell)) {
            throw new CsvException(row, column, column + " is not a number: \"" + cell + "\"");
        }
        return Numbers.parse(cell);
    }

    private static boolean isDecimal(String s) {
        int i = 0, n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
        }
        if (digits == 0) return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) { i++; expDigits++; }
            if (expDigits == 0) return false;
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static double[] grow(double[] a, int length) {
        double[] b = new double[length];
        System.arraycopy(a, 0, b, 0, Math.min(a.length, length));
        return b;
    }

    // ---------------------------------------------------------------- validation

    private static void checkClasses(int classes) {
        if (classes != 0 && (classes < 2 || classes > MAX_CLASSES)) {
            throw new IllegalArgumentException(
                    "classes must be 0 (regression) or 2 to " + MAX_CLASSES + ", got " + classes);
        }
    }

    /** Why {@code value} is no valid coordinate, or null if it is one. */
    static String coordinateError(String column, double value) {
        if (!(value >= -DOMAIN && value <= DOMAIN)) {
            return column + " must be within [-6, 6], got " + number(value);
        }
        return null;
    }

    /** Whether {@code value} is a valid label for a data set of {@code classes} classes. */
    public static boolean isValidLabel(double value, int classes) {
        if (classes == 0) {
            return value == value && value != Double.POSITIVE_INFINITY && value != Double.NEGATIVE_INFINITY;
        }
        if (classes == 2) return value == 1 || value == -1;
        return value >= 0 && value <= classes - 1 && value == Math.floor(value);
    }

    /** What a label of a data set of {@code classes} classes must be, for error messages. */
    public static String labelRule(int classes) {
        if (classes == 0) return "label must be a finite number";
        if (classes == 2) return "label must be 1 or -1";
        return "label must be an integer from 0 to " + (classes - 1);
    }

    /** A number as people write it: {@code 2}, not {@code 2.0}. */
    private static String number(double v) {
        if (v == Math.floor(v) && v >= -1e15 && v <= 1e15) return Long.toString((long) v);
        return Numbers.format(v);
    }
}
