package io.newsdesk.common.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.TimeMeter;
import jakarta.inject.Inject;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token buckets (Bucket4j): each holds {@code limit} tokens and refills them greedily over a minute,
 * so a client may burst up to its limit and then goes at the refill rate. Kept in this node's memory,
 * or in PostgreSQL so that every node draws from the same bucket.
 */
@ApplicationScoped
public class Buckets {
    static final Duration WINDOW = Duration.ofMinutes(1);

    /** An idle bucket is full again after its period, so forgetting it then changes nothing. */
    private final Cache<String, Local> local = Caffeine.newBuilder()
            .expireAfter(Expiry.<String, Local>accessing((key, bucket) -> bucket.period()))
            .maximumSize(200_000).build();
    private final TimeMeter time;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;

    @Inject
    public Buckets(RateLimitConfig config, Instance<AgroalDataSource> dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.time = TimeMeter.SYSTEM_MILLISECONDS;
        if (config.enabled() && config.store() == RateLimitConfig.Store.POSTGRESQL) {
            if (!"postgresql".equals(dbKind)) {
                throw new IllegalStateException("newsdesk.rate-limit.store=postgresql needs the PostgreSQL database "
                        + "(this build uses " + dbKind + ")");
            }
            shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource.get())
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("rate_limit_bucket")
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(WINDOW))
                    .build();
        } else {
            shared = null;
        }
    }

    /** In-memory buckets on a clock of the caller's, for tests that move time by hand. */
    Buckets(TimeMeter time) {
        this.time = time;
        this.shared = null;
    }

    /** Whether consuming blocks on the database (then it must not run on an I/O thread). */
    public boolean blocking() {
        return shared != null;
    }

    /** Takes one token from the subject's bucket of {@code limit} requests a minute. */
    public ConsumptionProbe consume(String subject, int limit) {
        return consume(subject, limit, WINDOW);
    }

    /**
     * Takes one token from the subject's bucket of {@code limit} tokens refilled over {@code period}. The
     * limit and period are part of the bucket's name, so a changed limit starts afresh.
     */
    public ConsumptionProbe consume(String subject, int limit, Duration period) {
        String key = subject + "@" + limit + "/" + period;
        if (shared != null) {
            return shared.builder().build(key, () -> configuration(limit, period)).tryConsumeAndReturnRemaining(1);
        }
        return local.get(key, k -> new Local(Bucket.builder().addLimit(bandwidth(limit, period))
                .withCustomTimePrecision(time).build(), period)).bucket().tryConsumeAndReturnRemaining(1);
    }

    private record Local(Bucket bucket, Duration period) {
    }

    /** Shared buckets of clients that went quiet are deleted, so the table holds only active clients. */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        if (shared == null) {
            return;
        }
        int removed;
        int total = 0;
        do {
            removed = shared.removeExpired(1000);
            total += removed;
        } while (removed == 1000);
        if (total > 0) {
            Log.debugf("Removed %d idle rate-limit buckets", total);
        }
    }

    private static BucketConfiguration configuration(int limit, Duration period) {
        return BucketConfiguration.builder().addLimit(bandwidth(limit, period)).build();
    }

    private static Bandwidth bandwidth(int limit, Duration period) {
        return Bandwidth.builder().capacity(limit).refillGreedy(limit, period).build();
    }
}
