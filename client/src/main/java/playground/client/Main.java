package playground.client;

import org.teavm.jso.JSExport;

/**
 * Entry point of the browser bundles. TeaVM compiles it twice (JavaScript and WebAssembly GC);
 * every {@code @JSExport public static} method becomes a function the page can call.
 */
public final class Main {
    private Main() {}

    /** TeaVM needs a main method; the page drives everything through the exports. */
    public static void main(String[] args) {}

    /** Lets the page check that the bundle and the page come from the same build. */
    @JSExport
    public static String version() {
        return "1";
    }

    /** Placeholder until the core trains: a deterministic number the tests compare across runtimes. */
    @JSExport
    public static double demoTrain(int epochs) {
        return PlaceholderTraining.run(epochs);
    }
}
