package playground.server.runs;

import java.security.SecureRandom;

/**
 * Run ids: 12 characters of base 62 from a secure generator (about 71 bits). Knowing the id is what
 * lets one watch or cancel a run, so it must not be guessable. Anything else in an id position is
 * "not found".
 */
public final class RunIds {
    public static final int LENGTH = 12;
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunIds() {}

    public static String newId() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) id[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        return new String(id);
    }

    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != LENGTH) return false;
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) return false;
        }
        return true;
    }
}
