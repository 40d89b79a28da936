package io.newsdesk.review;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.newsdesk.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Review submissions per client address: a token bucket each, in memory. This limit is about
 * spam, not load, so it is much tighter than any general API limit and applies to this one
 * operation only. On several nodes each keeps its own buckets, which loosens the limit by the
 * number of nodes at most.
 */
@ApplicationScoped
public class SubmissionLimiter {
    private final int submissions;
    private final Duration period;
    private final TimeMeter clock;
    private final Map<String, Bucket> buckets;

    @Inject
    public SubmissionLimiter(ReviewConfig config) {
        this(config.rateLimit().submissions(), config.rateLimit().period(), config.rateLimit().trackedAddresses(),
                TimeMeter.SYSTEM_MILLISECONDS);
    }

    SubmissionLimiter(int submissions, Duration period, int trackedAddresses, TimeMeter clock) {
        this.submissions = submissions;
        this.period = period;
        this.clock = clock;
        // Least recently seen first out: a flood of fresh addresses cannot exhaust memory.
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > trackedAddresses;
            }
        });
    }

    /** Takes one submission from the address's bucket, or refuses with 429 and Retry-After. */
    public void acquire(String address) {
        ConsumptionProbe probe = buckets.computeIfAbsent(address, a -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new ProblemException(429, "too-many-requests", "Too many requests",
                    "Too many reviews from your address; try again in " + seconds + " seconds.", null,
                    Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(submissions).refillGreedy(submissions, period))
                .withCustomTimePrecision(clock).build();
    }
}
