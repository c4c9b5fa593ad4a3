package playground.server.db;

import java.security.SecureRandom;

/**
 * Ids of stored things that appear in links: {@code length} characters of base 62 from a secure
 * generator. Knowing an id is what lets one open a saved experiment or watch a run, so ids must be
 * too many to guess or enumerate. Anything else in an id position is "not found".
 */
public record RandomIds(int length) {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    public String newId() {
        char[] id = new char[length];
        for (int i = 0; i < length; i++) id[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        return new String(id);
    }

    /** Whether the text could be an id: the right length, only characters of the alphabet. */
    public boolean isWellFormed(String text) {
        if (text == null || text.length() != length) return false;
        for (int i = 0; i < length; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) return false;
        }
        return true;
    }
}
