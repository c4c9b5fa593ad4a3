package playground.server.previews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import playground.config.Config;
import playground.config.Limits;
import playground.nn.Feature;
import playground.nn.Heatmap;
import playground.picture.HeatmapPainter;
import playground.picture.Palette;
import playground.server.db.DatabaseOptions;
import playground.server.testing.Http;
import playground.server.testing.Http.Answer;
import playground.server.testing.TestServer;
import playground.train.Snapshot;
import playground.train.TrainingRun;

/**
 * What a pasted link shows, read as a crawler reads it: every shareable page's head parsed by an
 * HTML parser (Open Graph, Twitter card, description, oEmbed discovery), the oEmbed answers with
 * their thumbnails, and the preview pictures decoded — a saved experiment's coloured exactly as
 * its network computes. Runs on every supported database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LinkPreviewsContract {
    private static final String CONFIG = "{\"dataset\":\"xor\",\"hiddenLayers\":[4],\"seed\":7}";

    private TestServer server;
    private Http http;
    private final HttpClient client = HttpClient.newHttpClient();

    abstract DatabaseOptions database();

    @BeforeAll
    void start() {
        server = TestServer.start(database());
        http = new Http(server.baseUrl());
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    private TrainingRun trained(int epochs) {
        TrainingRun run = new TrainingRun(Config.fromJson(CONFIG, Limits.BROWSER));
        for (int e = 0; e < epochs; e++) run.trainEpoch();
        return run;
    }

    /** Saves an experiment trained for 40 epochs; answers {id, url, editToken}. */
    private JsonNode save(TrainingRun run) {
        String body = "{\"title\":\"XOR with four neurons\",\"notes\":\"Try **tanh** here, then [read more](https://example.org).\","
                + "\"config\":" + CONFIG + ",\"state\":" + Snapshot.toJson(run) + "}";
        Answer answer = http.post("/api/experiments", body);
        assertEquals(201, answer.status(), answer.toString());
        return answer.json();
    }

    private Document page(String path) {
        Answer answer = http.get(path);
        assertEquals(200, answer.status(), path + ": " + answer);
        return Jsoup.parse(answer.body(), server.baseUrl() + path);
    }

    private static String meta(Document head, String key) {
        Element tag = head.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        assertNotNull(tag, "no " + key);
        return tag.attr("content");
    }

    private HttpResponse<byte[]> bytes(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private BufferedImage picture(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = bytes(url);
        assertEquals(200, answer.statusCode(), url);
        assertEquals("image/png", answer.headers().firstValue("Content-Type").orElse(""), url);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(answer.body()));
        assertNotNull(image, url + " decodes as an image");
        assertEquals(1200, image.getWidth(), url);
        assertEquals(630, image.getHeight(), url);
        return image;
    }

    /**
     * Every tag a crawler reads, each once, with absolute addresses ({@code og:url} the page a reader
     * lands on: a widget's full page); the picture decodes; the
     * oEmbed discovery link (when {@code oembed}) answers with a widget and a thumbnail.
     */
    private void assertPreview(String path, String canonical, boolean oembed) throws IOException, InterruptedException {
        Document head = page(path);
        String url = server.baseUrl() + canonical;
        assertEquals(1, head.select("meta[name=description]").size(), path + ": one description");
        assertFalse(meta(head, "og:title").isBlank(), path);
        assertFalse(meta(head, "og:description").isBlank(), path);
        assertEquals(meta(head, "description"), meta(head, "og:description"), path);
        assertEquals(url, meta(head, "og:url"), path);
        assertEquals("summary_large_image", meta(head, "twitter:card"), path);
        String image = meta(head, "og:image");
        assertTrue(image.startsWith(server.baseUrl() + "/"), path + ": an absolute picture, got " + image);
        assertEquals(image, meta(head, "twitter:image"), path);
        assertEquals("1200", meta(head, "og:image:width"), path);
        assertEquals("630", meta(head, "og:image:height"), path);
        picture(image);
        Element discovery = head.selectFirst("link[rel=alternate][type=application/json+oembed]");
        if (!oembed) return;
        assertNotNull(discovery, path + ": an oEmbed discovery link");
        Answer answer = http.get(discovery.attr("href").substring(server.baseUrl().length()));
        assertEquals(200, answer.status(), path + ": " + answer);
        JsonNode o = answer.json();
        assertEquals("rich", o.get("type").asText());
        assertEquals(image, o.get("thumbnail_url").asText(), path + ": the thumbnail is the page's picture");
        assertEquals(1200, o.get("thumbnail_width").asInt());
        assertEquals(630, o.get("thumbnail_height").asInt());
        Element iframe = Jsoup.parse(o.get("html").asText()).selectFirst("iframe");
        assertNotNull(iframe, path + ": the oEmbed html is an iframe");
        assertEquals(200, http.get(iframe.attr("src").substring(server.baseUrl().length())).status(),
                path + ": the widget opens");
    }

    @Test
    void theSitesOwnPagesPreviewWithTheirWordsAndAPicture() throws Exception {
        assertPreview("/", "/", true);
        assertPreview("/index.html", "/", true);
        assertPreview("/embed/", "/", true);
        assertPreview("/lessons/", "/lessons/", false);
        assertPreview("/lessons/tour.html", "/lessons/tour.html", false);
        for (SitePages.Page lesson : SitePages.LESSONS) {
            assertPreview(lesson.page(), lesson.page(), true);
            assertPreview(lesson.embed(), lesson.page(), true);
        }
        Document neuron = page("/lessons/neuron.html");
        assertEquals("A neuron — Neural-network lessons", meta(neuron, "og:title"));
    }

    @Test
    void aSavedExperimentPreviewsWithItsTitlePlainNotesAndItsOwnPicture() throws Exception {
        JsonNode saved = save(trained(40));
        String id = saved.get("id").asText();
        assertPreview("/e/" + id, "/e/" + id, true);
        assertPreview("/embed/e/" + id, "/e/" + id, true);
        Document head = page("/e/" + id);
        assertEquals("XOR with four neurons", meta(head, "og:title"));
        assertEquals("Try tanh here, then read more.", meta(head, "og:description"),
                "the notes' Markdown as plain text");
        assertEquals(server.baseUrl() + "/e/" + id + "/preview.png", meta(head, "og:image"));
    }

    @Test
    void theExperimentsPictureShowsItsNetworksOutputAtEveryGridPoint() throws Exception {
        TrainingRun run = trained(40);
        String id = save(run).get("id").asText();
        BufferedImage image = picture(server.baseUrl() + "/e/" + id + "/preview.png");
        // the network's own output at grid points away from the data, in the page's colours
        Heatmap grid = new Heatmap(run.features, HeatmapPainter.DENSITY, -HeatmapPainter.DOMAIN, HeatmapPainter.DOMAIN);
        Palette palette = Palette.of(false, false);
        double[] in = new double[run.features.length];
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (int row = 2; row < HeatmapPainter.DENSITY; row += 7) {
            for (int col = 3; col < HeatmapPainter.DENSITY; col += 7) {
                int px = PreviewPicture.OUTPUT_LEFT + col * PreviewPicture.SCALE + PreviewPicture.SCALE / 2;
                int py = PreviewPicture.OUTPUT_TOP + row * PreviewPicture.SCALE + PreviewPicture.SCALE / 2;
                if (nearAPoint(run, px, py)) continue;
                double x1 = grid.coordinate(col);
                double x2 = grid.coordinate(HeatmapPainter.DENSITY - 1 - row);
                Feature.fill(run.features, new double[] {x1}, new double[] {x2}, 1, in);
                run.network.forward(in, 0);
                int expected = palette.rgb(run.network.output[run.network.outputStart()]);
                int actual = image.getRGB(px, py) & 0xffffff;
                if (expected != actual) {
                    wrong.add(String.format("(%.2f, %.2f): %06x, not %06x", x1, x2, actual, expected));
                }
                checked++;
            }
        }
        assertTrue(checked > 100, "enough grid points away from the data: " + checked);
        assertEquals(List.of(), wrong, "the picture's colours are the network's outputs");
        // and the data are drawn: a training point's pixel has its class's colour
        int x = (int) Math.round(PreviewPicture.pixelX(run.train.x1[0]));
        int y = (int) Math.round(PreviewPicture.pixelY(run.train.x2[0]));
        assertEquals(palette.labelRgb(run.train.label[0], 2), image.getRGB(x, y) & 0xffffff);
    }

    private static boolean nearAPoint(TrainingRun run, int px, int py) {
        for (int i = 0; i < run.train.size(); i++) {
            double dx = PreviewPicture.pixelX(run.train.x1[i]) - px;
            double dy = PreviewPicture.pixelY(run.train.x2[i]) - py;
            if (dx * dx + dy * dy < 8 * 8) return true;
        }
        return false;
    }

    @Test
    void thePictureIsCachedByItsETagUntilTheExperimentChanges() throws Exception {
        JsonNode saved = save(trained(10));
        String id = saved.get("id").asText();
        String url = server.baseUrl() + "/e/" + id + "/preview.png";
        HttpResponse<byte[]> first = bytes(url);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertEquals(304, bytes(url, "If-None-Match", etag).statusCode());
        String body = "{\"title\":\"Changed\",\"config\":" + CONFIG + ",\"state\":" + Snapshot.toJson(trained(30)) + "}";
        Answer changed = http.put("/api/experiments/" + id, body, Http.bearer(saved.get("editToken").asText()));
        assertEquals(200, changed.status(), changed.toString());
        HttpResponse<byte[]> after = bytes(url, "If-None-Match", etag);
        assertEquals(200, after.statusCode(), "a changed experiment has a new picture");
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void oEmbedAnswersForLessonsAndPlaygroundLinksWithTheirHash() {
        String base = server.baseUrl();
        JsonNode lesson = http.get("/oembed?url=" + URLEncoder.encode(base + "/lessons/backprop.html",
                StandardCharsets.UTF_8)).json();
        assertEquals(base + "/previews/backprop.png", lesson.get("thumbnail_url").asText());
        assertTrue(lesson.get("html").asText().contains("src=\"" + base + "/embed/lesson/backprop\""),
                lesson.toString());
        JsonNode hash = http.get("/oembed?url=" + URLEncoder.encode(base + "/#dataset=spiral&hiddenLayers=8,8",
                StandardCharsets.UTF_8)).json();
        assertTrue(hash.get("html").asText().contains("src=\"" + base + "/embed/#dataset=spiral&amp;hiddenLayers=8,8\""),
                "the widget keeps the link's experiment: " + hash);
        Answer unknown = http.get("/oembed?url=" + URLEncoder.encode(base + "/lessons/nothing.html",
                StandardCharsets.UTF_8));
        assertEquals(404, unknown.status(), unknown.toString());
        assertEquals(404, http.get("/previews/nothing.png").status());
        assertEquals(404, http.get("/e/AAAAAAAAAAA/preview.png").status());
    }
}
