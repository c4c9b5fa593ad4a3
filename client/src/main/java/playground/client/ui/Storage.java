package playground.client.ui;

import org.teavm.jso.JSBody;

/**
 * The reader's remembered choices: for good (language, theme) in localStorage, for this visit
 * (which sections are open) in sessionStorage, when there is one: an embed in a sandboxed iframe
 * has neither, and then reading gives null and writing does nothing.
 */
public final class Storage {
    private Storage() {}

    private static final String PREFIX = "playground.";

    @JSBody(params = "key", script = "try { return window.localStorage.getItem(key); } catch (e) { return null; }")
    private static native String read(String key);

    @JSBody(params = {"key", "value"}, script = "try { window.localStorage.setItem(key, value); } catch (e) {}")
    private static native void write(String key, String value);

    @JSBody(params = "key", script = "try { return window.sessionStorage.getItem(key); } catch (e) { return null; }")
    private static native String readVisit(String key);

    @JSBody(params = "key", script = "try { window.sessionStorage.removeItem(key); } catch (e) {}")
    private static native void removeVisit(String key);

    @JSBody(params = {"key", "value"}, script = "try { window.sessionStorage.setItem(key, value); } catch (e) {}")
    private static native void writeVisit(String key, String value);

    public static String get(String name) {
        return read(PREFIX + name);
    }

    public static void put(String name, String value) {
        write(PREFIX + name, value);
    }

    /** What this visit (this tab, until it closes) remembered under {@code name}, or null. */
    public static String visitGet(String name) {
        return readVisit(PREFIX + name);
    }

    public static void visitPut(String name, String value) {
        writeVisit(PREFIX + name, value);
    }

    public static void visitRemove(String name) {
        removeVisit(PREFIX + name);
    }

    /** A page-address parameter ({@code ?lang=zh}), or null. */
    @JSBody(params = "name", script = "return new URLSearchParams(location.search).get(name);")
    public static native String query(String name);
}
