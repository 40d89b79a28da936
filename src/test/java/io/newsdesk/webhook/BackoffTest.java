package io.newsdesk.webhook;

import io.newsdesk.webhook.Backoff;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration INITIAL = Duration.ofSeconds(10);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void shouldDoubleWithEachFailureUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(10), Backoff.after(1, INITIAL, MAX, 1.0));
        assertEquals(Duration.ofSeconds(20), Backoff.after(2, INITIAL, MAX, 1.0));
        assertEquals(Duration.ofSeconds(40), Backoff.after(3, INITIAL, MAX, 1.0));
        assertEquals(MAX, Backoff.after(20, INITIAL, MAX, 1.0));
        assertEquals(MAX, Backoff.after(500, INITIAL, MAX, 1.0));
    }

    @Test
    void shouldSpreadRetriesBetweenHalfAndAllOfTheWait() {
        assertEquals(Duration.ofSeconds(20), Backoff.after(3, INITIAL, MAX, 0.0));
        assertEquals(Duration.ofSeconds(30), Backoff.after(3, INITIAL, MAX, 0.5));
    }
}
