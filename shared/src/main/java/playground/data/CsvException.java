package playground.data;

/**
 * A bad CSV text: the message names the row (a line of the text, counted from 1) and says what
 * is wrong, e.g. {@code "row 3: label must be 1 or -1, got 2"}.
 */
public final class CsvException extends IllegalArgumentException {
    private final int row;
    private final String column;

    /**
     * @param row the line of the text, from 1; 0 for a problem with the text as a whole
     * @param column {@code "x1"}, {@code "x2"}, {@code "label"}, or null for the whole row
     */
    public CsvException(int row, String column, String what) {
        super(row > 0 ? "row " + row + ": " + what : what);
        this.row = row;
        this.column = column;
    }

    /** The line of the text, from 1 (0 when the text as a whole is wrong, e.g. empty). */
    public int row() {
        return row;
    }

    /** The column, {@code "x1"}, {@code "x2"} or {@code "label"}; null if it is the whole row. */
    public String column() {
        return column;
    }
}
