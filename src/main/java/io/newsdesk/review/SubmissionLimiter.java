package io.newsdesk.review;

import io.github.bucket4j.ConsumptionProbe;
import io.newsdesk.common.ProblemException;
import io.newsdesk.common.ratelimit.Buckets;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Review submissions per client address: a token bucket each, of the same kind and in the same store as
 * the API limits (in memory, or in PostgreSQL so that every node draws from one bucket). This limit is
 * about spam, not load, so it is much tighter than any API limit and applies to this one operation only.
 */
@ApplicationScoped
class SubmissionLimiter {
    private final Buckets buckets;
    private final ReviewConfig.RateLimit limit;

    SubmissionLimiter(Buckets buckets, ReviewConfig config) {
        this.buckets = buckets;
        this.limit = config.rateLimit();
    }

    /** Takes one submission from the address's bucket, or refuses with 429 and Retry-After. */
    void acquire(String address) {
        ConsumptionProbe probe = buckets.consumeShared("review:" + address, limit.submissions(), limit.period());
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new ProblemException(429, "too-many-requests", "Too many requests",
                    "Too many reviews from your address; try again in " + seconds + " seconds.", null,
                    Map.of("Retry-After", Long.toString(seconds)));
        }
    }
}
