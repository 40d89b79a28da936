package io.newsdesk.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobLeaseTest {
    private static final String JOB = "change-log-purge";
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    JobLease leases;

    @Test
    void shouldLetOneHolderRunAJobUntilItReleasesOrItsLeaseRunsOut() {
        Instant now = Time.micros(Instant.parse("2031-05-01T08:00:00Z"));
        JobLease.Held first = leases.tryAcquire(JOB, now, MINUTE);
        assertNotNull(first);
        try {
            assertNull(leases.tryAcquire(JOB, now.plusSeconds(30), MINUTE), "held by the first node");
            assertTrue(first.renew(now.plusSeconds(50), MINUTE));
            assertNull(leases.tryAcquire(JOB, now.plusSeconds(100), MINUTE), "renewed until 110 s");

            JobLease.Held second = leases.tryAcquire(JOB, now.plusSeconds(111), MINUTE);
            assertNotNull(second, "the first lease ran out");
            assertFalse(first.renew(now.plusSeconds(112), MINUTE), "taken over: the first node must stop");
            first.release(); // releases nothing of the second's
            assertNull(leases.tryAcquire(JOB, now.plusSeconds(113), MINUTE));
            second.release();
            JobLease.Held third = leases.tryAcquire(JOB, now.plusSeconds(114), MINUTE);
            assertNotNull(third, "released");
            third.release();
        } finally {
            first.release();
        }
    }
}
