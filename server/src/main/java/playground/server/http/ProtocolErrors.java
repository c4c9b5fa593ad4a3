package playground.server.http;

import io.javalin.config.JavalinConfig;
import java.io.PrintWriter;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Requests that Jetty refuses before any route sees them — a path with an encoded slash or NUL,
 * a malformed URI or header — answered as JSON {@code {error}} like every other error, instead of
 * Jetty's HTML page. (Browsers never send such requests for our pages.)
 */
public final class ProtocolErrors extends ErrorHandler {
    private ProtocolErrors() {
        setDefaultResponseMimeType("application/json");
        setShowStacks(false);
        setShowCauses(false);
    }

    public static void install(JavalinConfig config) {
        config.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrors()));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("Content-Security-Policy", SecurityHeaders.PAGE_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", SecurityHeaders.REFERRER_POLICY);
        return super.handle(request, response, callback);
    }

    @Override
    protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        String text = code + " " + (message == null ? "bad request" : message);
        writer.write("{\"error\":\"" + escape(text) + "\"}");
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
