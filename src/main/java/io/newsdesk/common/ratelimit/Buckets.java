package io.newsdesk.common.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

    /** An idle bucket is full again after one window, so forgetting it then changes nothing. */
    private final Cache<String, Bucket> local = Caffeine.newBuilder().expireAfterAccess(WINDOW)
            .maximumSize(200_000).build();
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;

    public Buckets(RateLimitConfig config, Instance<AgroalDataSource> dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
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

    /** Whether consuming blocks on the database (then it must not run on an I/O thread). */
    public boolean blocking() {
        return shared != null;
    }

    /** Takes one token from the subject's bucket. The limit is part of the bucket's name, so a changed limit starts afresh. */
    public ConsumptionProbe consume(String subject, int limit) {
        String key = subject + "@" + limit;
        if (shared != null) {
            return shared.builder().build(key, () -> configuration(limit)).tryConsumeAndReturnRemaining(1);
        }
        return local.get(key, k -> Bucket.builder().addLimit(bandwidth(limit)).build()).tryConsumeAndReturnRemaining(1);
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

    private static BucketConfiguration configuration(int limit) {
        return BucketConfiguration.builder().addLimit(bandwidth(limit)).build();
    }

    private static Bandwidth bandwidth(int limit) {
        return Bandwidth.builder().capacity(limit).refillGreedy(limit, WINDOW).build();
    }
}
