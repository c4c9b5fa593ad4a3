package playground.server.lessons;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /embed/lesson/{name}}: a lesson widget without the site around it, served
 * from {@code web/embed/lesson/{name}.html}. The page reads its options (hide, lock, height,
 * theme, lang, autoplay) from the query string itself.
 */
public final class LessonEmbeds {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    private LessonEmbeds() {}

    public static void serve(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        InputStream page = NAME.matcher(name).matches()
                ? LessonEmbeds.class.getResourceAsStream("/web/embed/lesson/" + name + ".html")
                : null;
        if (page == null) {
            ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "no lesson called " + name));
            return;
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page);
    }
}
