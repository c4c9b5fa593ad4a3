package playground.server.experiments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import playground.server.http.ApiException;

/**
 * The secret that lets its holder change or delete an experiment (docs/sharing.md): 256 random bits,
 * written as 43 characters of base64url. The database keeps only its SHA-256, so a copy of the
 * database cannot edit anything; a hash of 256 random bits needs no salt or slow hashing.
 */
public final class EditTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer +(\\S+) *");

    private EditTokens() {}

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the token, as 64 lower-case hexadecimal digits. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Compares in time independent of where the hashes differ. */
    public static boolean matches(String token, String storedHash) {
        byte[] given = hash(token).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The token in an {@code Authorization: Bearer <token>} header.
     *
     * @throws ApiException 401 when the header is missing or not of that form
     */
    public static String fromAuthorization(String header) {
        if (header == null || header.isBlank()) {
            throw ApiException.unauthorized("send the edit token as the header Authorization: Bearer <editToken>");
        }
        var bearer = BEARER.matcher(header);
        if (!bearer.matches() || !TOKEN.matcher(bearer.group(1)).matches()) {
            throw ApiException.unauthorized("malformed Authorization header; expected Bearer <editToken>"
                    + " (43 characters of A-Z, a-z, 0-9, - and _)");
        }
        return bearer.group(1);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
