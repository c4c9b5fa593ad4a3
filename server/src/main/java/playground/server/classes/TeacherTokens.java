package playground.server.classes;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import playground.server.experiments.EditTokens;
import playground.server.http.ApiException;

/**
 * The teacher token of a class, made and stored as edit tokens are ({@link EditTokens}: 256 random
 * bits, only the SHA-256 kept). Sent as {@code Authorization: Bearer <token>}, or as
 * {@code ?token=<token>} where a browser cannot set headers (an EventSource, a download link, an image).
 */
final class TeacherTokens {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer +(\\S+) *");

    private TeacherTokens() {}

    /**
     * The token the request carries.
     *
     * @throws ApiException 401 when there is none or it is malformed
     */
    static String of(Context ctx) {
        String header = ctx.header("Authorization");
        String token;
        if (header != null && !header.isBlank()) {
            var bearer = BEARER.matcher(header);
            token = bearer.matches() ? bearer.group(1) : "";
        } else {
            token = ctx.queryParam("token");
            if (token == null || token.isEmpty()) {
                throw ApiException.unauthorized("send the teacher token as the header Authorization: Bearer <teacherToken>"
                        + " or as ?token=<teacherToken>");
            }
        }
        if (!TOKEN.matcher(token).matches()) {
            throw ApiException.unauthorized("malformed teacher token; expected 43 characters of A-Z, a-z, 0-9, - and _");
        }
        return token;
    }

    /** Whether {@code token} is the one whose hash is stored. */
    static boolean matches(String token, String storedHash) {
        return EditTokens.matches(token, storedHash);
    }
}
