package playground.client.ui;

/** The run bar's symbols as small inline SVG drawings (fonts on phones lack some media glyphs). */
public final class Icons {
    private Icons() {}

    public static final String RESET = "<path d='M12 5V2L7 6l5 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z'/>";
    public static final String PLAY = "<path d='M8 5v14l11-7z'/>";
    public static final String PAUSE = "<path d='M6 5h4v14H6zM14 5h4v14h-4z'/>";
    /** Back to the start: a bar and a triangle pointing at it. */
    public static final String REPLAY = "<path d='M6 5h2v14H6zM19 5v14l-10-7z'/>";
    public static final String STEP = "<path d='M6 5v14l9-7zM16 5h3v14h-3z'/>";
    public static final String DICE = "<rect x='3.5' y='3.5' width='17' height='17' rx='3.5' fill='none' stroke='currentColor'"
            + " stroke-width='2'/><circle cx='8.5' cy='8.5' r='1.6'/><circle cx='15.5' cy='8.5' r='1.6'/>"
            + "<circle cx='12' cy='12' r='1.6'/><circle cx='8.5' cy='15.5' r='1.6'/><circle cx='15.5' cy='15.5' r='1.6'/>";

    public static String svg(String body, int size) {
        return "<svg viewBox='0 0 24 24' width='" + size + "' height='" + size
                + "' fill='currentColor' aria-hidden='true' focusable='false'>" + body + "</svg>";
    }
}
