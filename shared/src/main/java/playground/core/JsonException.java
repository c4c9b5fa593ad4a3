package playground.core;

/** Malformed JSON text, or a value {@link Json#write} cannot write. The message names the position. */
public final class JsonException extends RuntimeException {
    private final int position;

    public JsonException(String message, int position) {
        super(position >= 0 ? message + " at " + position : message);
        this.position = position;
    }

    /** The 0-based character offset of the problem in the text, or -1 when writing. */
    public int position() {
        return position;
    }
}
