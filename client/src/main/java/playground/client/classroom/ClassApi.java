package playground.client.classroom;

import org.teavm.jso.JSBody;
import playground.client.ui.Http;
import playground.client.ui.Http.Done;
import playground.client.ui.PageMode;
import playground.core.Json;

/**
 * The server's classes API (docs/api.md): creating a class from a saved challenge (with the
 * experiment's edit token), recording a student's attempt (no token), and the teacher's reads and
 * changes (with the class's teacher token), sent through {@link Http}. Public for the teacher's
 * page, which has its own bundle (classroom.teacher).
 */
public final class ClassApi {
    /** The kinds of attempt: the goal was reached, or the student handed in. */
    public static final String GOAL = "goal";
    public static final String HANDIN = "handin";
    private static final String COLLECTION = "api/classes";

    private ClassApi() {}

    static void create(String experimentId, String title, String editToken, Done done) {
        StringBuilder body = new StringBuilder("{\"experimentId\":").append(Json.quote(experimentId));
        if (title != null) body.append(",\"title\":").append(Json.quote(title));
        Http.send("POST", COLLECTION, editToken, body.append('}').toString(), done);
    }

    /** The class as anyone may read it: {@code {id, title, experimentId, goal, open, createdAt}}. */
    static void read(String classId, Done done) {
        Http.send("GET", path(classId), null, null, done);
    }

    static void attempt(String classId, String body, Done done) {
        Http.send("POST", path(classId) + "/attempts", null, body, done);
    }

    public static void attempts(String classId, String teacherToken, Done done) {
        Http.send("GET", path(classId) + "/attempts", teacherToken, null, done);
    }

    public static void close(String classId, String teacherToken, Done done) {
        Http.send("POST", path(classId) + "/close", teacherToken, null, done);
    }

    public static void delete(String classId, String teacherToken, Done done) {
        Http.send("DELETE", path(classId), teacherToken, null, done);
    }

    /** The CSV of the attempts, with the token in the address (a plain link cannot send a header). */
    public static String csvAddress(String classId, String teacherToken) {
        return PageMode.absolute(path(classId) + "/attempts.csv?token=" + encode(teacherToken));
    }

    /** The live stream of attempts (EventSource cannot send a header either). */
    public static String eventsAddress(String classId, String teacherToken) {
        return PageMode.absolute(path(classId) + "/events?token=" + encode(teacherToken));
    }

    /** An attempt's output picture (the teacher's: the token goes in the address, as for an image it must). */
    public static String previewAddress(String previewUrl, String teacherToken) {
        return PageMode.absolute(previewUrl) + "?token=" + encode(teacherToken);
    }

    private static String path(String classId) {
        return COLLECTION + "/" + encode(classId);
    }

    @JSBody(params = "s", script = "return encodeURIComponent(s);")
    private static native String encode(String s);
}
