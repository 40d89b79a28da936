package io.newsdesk.common;

import java.util.function.Predicate;

/** Looks through a failure as drivers, Hibernate, the pool and the transaction manager wrap it. */
final class Causes {
    private static final int DEEPEST = 32;

    private Causes() {
    }

    /**
     * Whether the failure or any of its causes and suppressed exceptions (a failed commit carries the
     * driver's error as suppressed) passes {@code test}.
     */
    static boolean any(Throwable failure, Predicate<Throwable> test) {
        return any(failure, test, 0);
    }

    private static boolean any(Throwable t, Predicate<Throwable> test, int depth) {
        if (t == null || depth > DEEPEST) {
            return false;
        }
        if (test.test(t)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (any(suppressed, test, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && any(t.getCause(), test, depth + 1);
    }
}
