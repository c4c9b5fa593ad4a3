package playground.client.page;

import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import playground.config.Json;

/**
 * The server's experiments API (docs/api.md): {@code POST /api/experiments},
 * {@code GET}, {@code PUT} and {@code DELETE /api/experiments/{id}}, the last two with the edit
 * token as {@code Authorization: Bearer}. Answers come back as {@link Answer}s; an error's
 * message is the server's {@code {error, field}} in words.
 */
final class ExperimentApi {
    static final String COLLECTION = "api/experiments";

    private ExperimentApi() {}

    /** A finished request: the status (0 when the server could not be reached) and the body. */
    static final class Answer {
        final int status;
        final String body;

        Answer(int status, String body) {
            this.status = status;
            this.body = body == null ? "" : body;
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The server's reason ("field: what is wrong"), or the body itself. */
        @SuppressWarnings("unchecked")
        String problem() {
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
        String field(String key) {
            try {
                Object parsed = Json.parse(body);
                Object v = parsed instanceof Map ? ((Map<String, Object>) parsed).get(key) : null;
                return v instanceof String ? (String) v : null;
            } catch (RuntimeException notJson) {
                return null;
            }
        }
    }

    interface Done {
        void done(Answer answer);
    }

    static void create(String body, Done done) {
        send("POST", COLLECTION, null, body, done);
    }

    static void read(String id, Done done) {
        send("GET", COLLECTION + "/" + id, null, null, done);
    }

    static void replace(String id, String token, String body, Done done) {
        send("PUT", COLLECTION + "/" + id, token, body, done);
    }

    static void delete(String id, String token, Done done) {
        send("DELETE", COLLECTION + "/" + id, token, null, done);
    }

    /** A request to any path of the API (relative to the site's root); the runs API uses it too. */
    static void send(String method, String path, String token, String body, Done done) {
        fetch(method, PageMode.absolute(path), token, body, (status, text) -> done.done(new Answer(status, text)));
    }

    @JSFunctor
    interface Callback extends JSObject {
        void answer(int status, String body);
    }

    /** Paths are relative to the site's root ({@link PageMode#siteRoot}). */
    @JSBody(params = {"method", "path", "token", "body", "callback"}, script =
            "const headers = {};"
            + "if (body !== null) headers['Content-Type'] = 'application/json';"
            + "if (token !== null) headers['Authorization'] = 'Bearer ' + token;"
            + "const request = {method: method, headers: headers, credentials: 'omit'};"
            + "if (body !== null) request.body = body;"
            + "fetch(path, request)"
            + ".then(response => response.text().then(text => callback(response.status | 0, text)))"
            + ".catch(fetchError => callback(0, String(fetchError)));")
    private static native void fetch(String method, String path, String token, String body, Callback callback);
}
