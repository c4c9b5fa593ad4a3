package playground.client.sharing;

import playground.client.ui.Http;
import playground.client.ui.Http.Done;

/**
 * The server's experiments API (docs/api.md): {@code POST /api/experiments},
 * {@code GET}, {@code PUT} and {@code DELETE /api/experiments/{id}}, the last two with the edit
 * token as {@code Authorization: Bearer}, sent through {@link Http}.
 */
final class ExperimentApi {
    static final String COLLECTION = "api/experiments";

    private ExperimentApi() {}

    static void create(String body, Done done) {
        Http.send("POST", COLLECTION, null, body, done);
    }

    static void read(String id, Done done) {
        Http.send("GET", COLLECTION + "/" + id, null, null, done);
    }

    static void replace(String id, String token, String body, Done done) {
        Http.send("PUT", COLLECTION + "/" + id, token, body, done);
    }

    static void delete(String id, String token, Done done) {
        Http.send("DELETE", COLLECTION + "/" + id, token, null, done);
    }
}
