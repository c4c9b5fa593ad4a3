package playground.server.experiments;

import java.security.SecureRandom;

/**
 * Experiment ids: 11 characters of base 62 from a secure generator (about 65 bits), short enough
 * for a link and too many to guess or enumerate. Anything else in an id position is "not found".
 */
public final class ExperimentIds {
    public static final int LENGTH = 11;
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExperimentIds() {}

    public static String newId() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) id[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        return new String(id);
    }

    /** Whether the text could be an id: the right length, only characters of the alphabet. */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != LENGTH) return false;
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) return false;
        }
        return true;
    }
}
