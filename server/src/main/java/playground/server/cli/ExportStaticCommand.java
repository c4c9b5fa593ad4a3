package playground.server.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import playground.server.http.WebFiles;
import playground.server.previews.LessonWidgetPage;
import playground.server.previews.SitePages;

/**
 * {@code export-static DIR}: writes the playground and the lessons as a self-contained static site
 * (docs/sharing.md). Every file the server serves from {@code web/} is copied, and each lesson widget is
 * written from its one template ({@link LessonWidgetPage}); the HTML pages are marked
 * static so that they hide what needs a server (saving, server runs). Sharing by URL hash works
 * on any static host.
 */
public final class ExportStaticCommand {
    private ExportStaticCommand() {}

    public static final String USAGE = "usage: java -jar playground.jar export-static DIR";
    /** Put into every exported page's head; the page reads it to know there is no server. */
    public static final String STATIC_MARKER = "<meta name=\"playground-mode\" content=\"static\">";

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            err.println("error: export-static needs exactly one folder to write to");
            err.println(USAGE);
            return Usage.EXIT_USAGE;
        }
        Path target = Path.of(args[0]);
        try {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                err.println("error: " + target + " exists and is not a folder");
                return Usage.EXIT_USAGE;
            }
            Map<String, byte[]> files = WebFiles.under("");
            for (SitePages.Page lesson : SitePages.LESSONS) {
                files.put(LessonWidgetPage.exportPath(lesson), LessonWidgetPage.html(lesson).getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = target.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                byte[] bytes = f.getValue();
                if (f.getKey().endsWith(".html")) bytes = markStatic(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                Files.write(file, bytes);
            }
            out.println("wrote " + files.size() + " files to " + target.toAbsolutePath().normalize());
            return 0;
        } catch (IOException e) {
            err.println("error: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
    }

    static String markStatic(String html) {
        int head = html.indexOf("<head>");
        if (head < 0) return html;
        int at = head + "<head>".length();
        return html.substring(0, at) + "\n  " + STATIC_MARKER + html.substring(at);
    }
}
