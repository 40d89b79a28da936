package io.newsdesk.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BucketsTest {
    /** A clock the test moves by hand. */
    private final AtomicLong nanos = new AtomicLong();
    private final Buckets buckets = new Buckets(new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    });

    @Test
    void shouldRefillOverTheBucketsOwnPeriod() {
        Duration halfHour = Duration.ofMinutes(30);
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.consume("review:203.0.113.1", 3, halfHour).isConsumed());
        }
        ConsumptionProbe refused = buckets.consume("review:203.0.113.1", 3, halfHour);
        assertFalse(refused.isConsumed());
        // One token comes back every 10 minutes.
        assertEquals(Duration.ofMinutes(10).toNanos(), refused.getNanosToWaitForRefill());
        assertTrue(buckets.consume("review:203.0.113.2", 3, halfHour).isConsumed(), "another address, another bucket");
        nanos.addAndGet(Duration.ofMinutes(10).toNanos());
        assertTrue(buckets.consume("review:203.0.113.1", 3, halfHour).isConsumed());
        assertFalse(buckets.consume("review:203.0.113.1", 3, halfHour).isConsumed());
    }

    @Test
    void shouldKeepBucketsOfDifferentLimitsApart() {
        assertTrue(buckets.consume("ip:198.51.100.7", 1).isConsumed());
        assertFalse(buckets.consume("ip:198.51.100.7", 1).isConsumed());
        assertTrue(buckets.consume("ip:198.51.100.7", 1, Duration.ofHours(1)).isConsumed(),
                "a limit over another period is another bucket");
    }

    @Test
    void shouldKeepBucketsApartWhosePeriodsDifferByAMillisecondOrExceedAMonth() {
        Duration minute = Duration.ofMinutes(1);
        assertTrue(buckets.consume("ip:198.51.100.8", 1, minute).isConsumed());
        assertFalse(buckets.consume("ip:198.51.100.8", 1, minute).isConsumed());
        assertTrue(buckets.consume("ip:198.51.100.8", 1, minute.plusMillis(1)).isConsumed());
        assertTrue(buckets.consume("ip:198.51.100.8", 2, minute).isConsumed(), "another limit, another bucket");
        Duration quarter = Duration.ofDays(90);
        assertTrue(buckets.consume("ip:198.51.100.8", 1, quarter).isConsumed());
        assertFalse(buckets.consume("ip:198.51.100.8", 1, quarter).isConsumed());
        assertTrue(buckets.consume("ip:198.51.100.8", 1, quarter.plusMillis(1)).isConsumed());
    }
}
