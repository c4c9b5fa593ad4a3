package playground.client.serverruns;

import org.teavm.jso.browser.Window;

/**
 * The run view's way on when its event stream is refused (a server streams to so many clients at
 * once) or lost for good: reading the run every few seconds instead, until it is over.
 */
final class ServerRunPolling {
    static final int INTERVAL_MILLIS = 2000;
    private int timer = -1;

    /** Runs {@code poll} every few seconds until {@link #stop}; starting again changes nothing. */
    void start(Runnable poll) {
        if (timer >= 0) return;
        timer = Window.setInterval(poll::run, INTERVAL_MILLIS);
    }

    void stop() {
        if (timer >= 0) Window.clearInterval(timer);
        timer = -1;
    }
}
