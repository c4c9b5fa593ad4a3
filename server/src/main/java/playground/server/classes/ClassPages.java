package playground.server.classes;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import playground.server.experiments.ExperimentPages;
import playground.server.experiments.ExperimentStore;
import playground.server.http.HashedBundles;
import playground.server.http.Html;
import playground.server.http.NotFoundPage;
import playground.server.http.PublicUrl;

/**
 * The pages of a class: {@code /c/{id}} is its challenge's page exactly as {@code /e/{experimentId}}
 * serves it, plus {@code <meta name="playground-class" content="{id}">}, from which the page knows
 * to report attempts; {@code /c/{id}/teacher} is the teacher's page ({@value #TEACHER_PAGE}) with
 * the same tag and a {@code <base href="/">}, so that its relative links work there. The teacher
 * token travels in the address's fragment, which never reaches a server log or a Referer. Unknown
 * classes get the not-found page with status 404.
 */
public final class ClassPages {
    public static final String PAGE = Classroom.pageUrl("{id}");
    public static final String TEACHER = Classroom.teacherPageUrl("{id}");
    public static final String TEACHER_PAGE = "web/teacher.html";
    private static final Pattern HEAD_OPEN = Pattern.compile("(?is)<head(\\s[^>]*)?>");
    private static final Pattern HEAD_CLOSE = Pattern.compile("(?i)</head>");

    private final ClassStore store;
    private final ExperimentPages experimentPages;
    private final String teacherPage;

    private ClassPages(ClassStore store, ExperimentPages experimentPages, String teacherPage) {
        this.store = store;
        this.experimentPages = experimentPages;
        this.teacherPage = teacherPage;
    }

    public static void install(JavalinConfig config, ClassStore store, ExperimentStore experiments,
            PublicUrl publicUrl, HashedBundles bundles) {
        ClassPages pages = new ClassPages(store, ExperimentPages.of(experiments, publicUrl, bundles), load(TEACHER_PAGE));
        config.routes.get(PAGE, pages::studentPage);
        config.routes.get(TEACHER, pages::teacherPage);
    }

    private void studentPage(Context ctx) throws SQLException {
        Optional<Classroom> classroom = find(ctx);
        if (classroom.isEmpty()) return;
        experimentPages.serve(ctx, classroom.get().experimentId(), false, meta(classroom.get().id()));
    }

    private void teacherPage(Context ctx) throws SQLException {
        Optional<Classroom> classroom = find(ctx);
        if (classroom.isEmpty()) return;
        Matcher open = HEAD_OPEN.matcher(teacherPage);
        Matcher close = HEAD_CLOSE.matcher(teacherPage);
        if (!open.find() || !close.find(open.end())) throw new IllegalStateException(TEACHER_PAGE + " has no <head>");
        String html = teacherPage.substring(0, open.end()) + "\n  <base href=\"/\">"
                + teacherPage.substring(open.end(), close.start()) + meta(classroom.get().id())
                + teacherPage.substring(close.start());
        // The page reads a secret from its fragment: no caching, no framing, no referrer.
        ctx.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").html(html);
    }

    /** The class of the path; answers 404 (and returns empty) when there is none. */
    private Optional<Classroom> find(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        Optional<Classroom> classroom = Classroom.IDS.isWellFormed(id) ? store.find(id) : Optional.empty();
        if (classroom.isEmpty()) {
            ctx.header("Cache-Control", "no-cache").status(404).html(NotFoundPage.forPath(ctx.path()));
        }
        return classroom;
    }

    private static String meta(String classId) {
        return "  <meta name=\"playground-class\" content=\"" + Html.escape(classId) + "\">\n";
    }

    private static String load(String resource) {
        try (InputStream in = ClassPages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the page " + resource + " is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
