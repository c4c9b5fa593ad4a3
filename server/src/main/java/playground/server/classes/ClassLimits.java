package playground.server.classes;

import java.time.Duration;

/**
 * How much a class takes: the one place for these numbers (docs/operations.md lists them). The
 * counts are configurable ({@code serve --class-…}); sizes are fixed. Counts are read from the
 * database, so every server process on it keeps to the same limits.
 *
 * @param attemptsPerClass attempts one class keeps; more are refused with 429
 * @param attemptsPerAddress attempts one client address may record in one class within an hour
 * @param classesPerAddress classes one client address may create within an hour
 * @param retention classes, and attempts, older than this are deleted
 */
public record ClassLimits(int attemptsPerClass, int attemptsPerAddress, int classesPerAddress, Duration retention) {
    /** A class's title, in characters (as an experiment's). */
    public static final int MAX_TITLE_CHARS = 200;
    /** A student's nickname, in characters, after trimming. */
    public static final int MAX_NICKNAME_CHARS = 40;
    /** Parts of a goal an attempt reports, and the characters of each part's name. */
    public static final int MAX_GOAL_PARTS = 16;
    public static final int MAX_PART_CHARS = 40;
    /** The body that creates a class: an id and a title. */
    public static final int MAX_CREATE_BODY_BYTES = 16 * 1024;
    /** The most epochs an attempt may report (the browser trains far fewer). */
    public static final int MAX_EPOCH = 100_000_000;

    public static final int DEFAULT_ATTEMPTS_PER_CLASS = 1000;
    /** A class of thirty behind one router is one address: ten attempts each in an hour. */
    public static final int DEFAULT_ATTEMPTS_PER_ADDRESS = 300;
    public static final int DEFAULT_CLASSES_PER_ADDRESS = 20;
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);
    /** The window of the per-address counts. */
    public static final Duration WINDOW = Duration.ofHours(1);

    public ClassLimits {
        if (attemptsPerClass < 1 || attemptsPerAddress < 1 || classesPerAddress < 1) {
            throw new IllegalArgumentException("class limits must be at least 1");
        }
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
    }

    public static ClassLimits defaults() {
        return new ClassLimits(DEFAULT_ATTEMPTS_PER_CLASS, DEFAULT_ATTEMPTS_PER_ADDRESS, DEFAULT_CLASSES_PER_ADDRESS,
                DEFAULT_RETENTION);
    }

    public ClassLimits withAttemptsPerClass(int n) {
        return new ClassLimits(n, attemptsPerAddress, classesPerAddress, retention);
    }

    public ClassLimits withAttemptsPerAddress(int n) {
        return new ClassLimits(attemptsPerClass, n, classesPerAddress, retention);
    }

    public ClassLimits withClassesPerAddress(int n) {
        return new ClassLimits(attemptsPerClass, attemptsPerAddress, n, retention);
    }

    public ClassLimits withRetention(Duration newRetention) {
        return new ClassLimits(attemptsPerClass, attemptsPerAddress, classesPerAddress, newRetention);
    }
}
