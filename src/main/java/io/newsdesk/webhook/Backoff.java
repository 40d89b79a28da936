package io.newsdesk.webhook;

import java.time.Duration;

/** Exponential backoff with jitter, so receivers coming back up are not hit by every sender at once. */
final class Backoff {
    private Backoff() {
    }

    /**
     * The wait after the given number of failed attempts: {@code initial × 2^(failures−1)}, at most
     * {@code max}, then scaled by a random factor between ½ and 1.
     *
     * @param random a number in [0, 1)
     */
    static Duration after(int failures, Duration initial, Duration max, double random) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        long millis = Math.min(max.toMillis(), initial.toMillis() << doublings);
        return Duration.ofMillis((long) (millis * (0.5 + random / 2)));
    }
}
