package playground.client.ui;

import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import playground.core.Json;

/**
 * The one way the browser code talks to the server: {@code fetch} with a JSON body and an
 * optional edit token ({@code Authorization: Bearer}), no cookies. Answers come back as
 * {@link Answer}s; an error's message is the server's {@code {error, field}} in words.
 */
public final class Http {
    private Http() {}

    /** A finished request: the status (0 when the server could not be reached) and the body. */
    public static final class Answer {
        public final int status;
        public final String body;

        public Answer(int status, String body) {
            this.status = status;
            this.body = body == null ? "" : body;
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The server's reason ("field: what is wrong"), or the body itself. */
        @SuppressWarnings("unchecked")
        public String problem() {
            try {
                Object parsed = Json.parse(body);
                if (parsed instanceof Map) {
                    Map<String, Object> m = (Map<String, Object>) parsed;
                    Object error = m.get("error");
                    Object field = m.get("field");
                    if (error instanceof String) return field instanceof String ? field + ": " + error : (String) error;
                }
            } catch (RuntimeException notJson) {
                // fall through: say what came back
            }
            return body.length() > 200 ? body.substring(0, 200) + "…" : body;
        }

        /** A member of a JSON object body, or null. */
        @SuppressWarnings("unchecked")
        public String field(String key) {
            try {
                Object parsed = Json.parse(body);
                Object v = parsed instanceof Map ? ((Map<String, Object>) parsed).get(key) : null;
                return v instanceof String ? (String) v : null;
            } catch (RuntimeException notJson) {
                return null;
            }
        }

        /** The message key for a refusal: the token ones and an unreachable server get their own words. */
        public String problemKey(String otherwise) {
            switch (status) {
                case 0: return "error.network";
                case 401: return "error.unauthorized";
                case 403: return "error.forbidden";
                case 404: return "error.notFound";
                case 413: return "error.tooLarge";
                case 429: return "error.tooMany";
                default: return otherwise;
            }
        }
    }

    public interface Done {
        void done(Answer answer);
    }

    /** A request to a path relative to the site's root ({@link PageMode#siteRoot}). */
    public static void send(String method, String path, String token, String body, Done done) {
        fetch(method, PageMode.absolute(path), token, body, (status, text) -> done.done(new Answer(status, text)));
    }

    @JSFunctor
    interface Callback extends JSObject {
        void answer(int status, String body);
    }

    @JSBody(params = {"method", "url", "token", "body", "callback"}, script =
            "const headers = {};"
            + "if (body !== null) headers['Content-Type'] = 'application/json';"
            + "if (token !== null) headers['Authorization'] = 'Bearer ' + token;"
            + "const request = {method: method, headers: headers, credentials: 'omit'};"
            + "if (body !== null) request.body = body;"
            + "fetch(url, request)"
            + ".then(response => response.text().then(text => callback(response.status | 0, text)))"
            + ".catch(fetchError => callback(0, String(fetchError)));")
    private static native void fetch(String method, String url, String token, String body, Callback callback);
}
