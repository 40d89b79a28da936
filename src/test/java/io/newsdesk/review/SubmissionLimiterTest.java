package io.newsdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bucket4j.TimeMeter;
import io.newsdesk.common.ProblemException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SubmissionLimiterTest {
    /** A clock the test moves by hand. */
    private final AtomicLong nanos = new AtomicLong();
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };

    @Test
    void shouldRefuseWithRetryAfterOnceTheBucketIsEmpty() {
        SubmissionLimiter limiter = new SubmissionLimiter(3, Duration.ofMinutes(30), 100, clock);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("203.0.113.1");
        }
        ProblemException refused = assertThrows(ProblemException.class, () -> limiter.acquire("203.0.113.1"));
        assertEquals(429, refused.status());
        assertEquals("too-many-requests", refused.type());
        // One submission comes back every 10 minutes.
        assertEquals("600", refused.headers().get("Retry-After"));
        limiter.acquire("203.0.113.2");
        nanos.addAndGet(Duration.ofMinutes(10).toNanos());
        limiter.acquire("203.0.113.1");
        assertThrows(ProblemException.class, () -> limiter.acquire("203.0.113.1"));
    }

    @Test
    void shouldForgetTheLeastRecentlySeenAddressesBeyondItsCapacity() {
        SubmissionLimiter limiter = new SubmissionLimiter(1, Duration.ofHours(1), 2, clock);
        limiter.acquire("203.0.113.1");
        limiter.acquire("203.0.113.2");
        limiter.acquire("203.0.113.3");
        // .1 was forgotten to make room, so it starts again with a full bucket; .3 is remembered.
        limiter.acquire("203.0.113.1");
        assertThrows(ProblemException.class, () -> limiter.acquire("203.0.113.3"));
    }
}
