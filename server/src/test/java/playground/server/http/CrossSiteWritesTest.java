package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static playground.server.testing.Http.object;

import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.server.testing.Http;
import playground.server.testing.Http.Answer;
import playground.server.testing.TestServer;

/** Writes a page of another site makes a browser send are refused; the site's own pages and programs write on. */
class CrossSiteWritesTest {
    @Test
    void aFormOrTextPostFromAnotherSiteIsRefusedAndNothingIsStored() {
        try (TestServer server = TestServer.start()) {
            Http http = new Http(server.baseUrl());
            String run = "{\"config\":{\"dataset\":\"circle\"},\"epochs\":10}";
            // What a hostile page's <form enctype="text/plain"> or no-cors fetch makes a browser send.
            Answer crossSite = http.post("/api/runs", run, "Content-Type", "text/plain",
                    "Origin", "https://hostile.example", "Sec-Fetch-Site", "cross-site");
            assertEquals(403, crossSite.status(), crossSite.toString());
            assertTrue(crossSite.json().path("error").asText().contains("a page of another site"), crossSite.toString());
            assertEquals(403, http.post("/api/runs", run, "Sec-Fetch-Site", "same-site").status(),
                    "a sibling subdomain is another site too");
            // Browsers without Sec-Fetch-Site: the Origin decides.
            assertEquals(403, http.post("/api/runs", run, "Content-Type", "text/plain",
                    "Origin", "https://hostile.example").status());
            assertEquals(403, http.post("/api/experiments", object("config", Map.of()), "Origin", "null").status(),
                    "a sandboxed frame or data: page");
            assertEquals(403, http.post("/api/experiments", object("config", Map.of()),
                    "Origin", server.baseUrl().replace("localhost", "localhost.hostile.example")).status());

            // The site's own pages, and programs that say nothing, go ahead.
            Answer own = http.post("/api/experiments", object("config", Map.of()), "Content-Type", "application/json",
                    "Origin", server.baseUrl(), "Sec-Fetch-Site", "same-origin");
            assertEquals(201, own.status(), own.toString());
            assertEquals(201, http.post("/api/experiments", object("config", Map.of()), "Origin", server.baseUrl()).status());
            assertEquals(201, http.post("/api/experiments", object("config", Map.of())).status(), "curl");
            String item = "/api/experiments/" + own.json().path("id").asText();
            String[] token = Http.bearer(own.json().path("editToken").asText());
            assertEquals(403, http.delete(item, token[0], token[1], "Sec-Fetch-Site", "cross-site").status());
            assertEquals(200, http.get(item, "Sec-Fetch-Site", "cross-site").status(), "reading is open to all");
        }
    }
}
