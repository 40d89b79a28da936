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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token buckets (Bucket4j): each holds {@code limit} tokens and refills them greedily over a minute,
 * so a client may burst up to its limit and then goes at the refill rate. Kept in this node's memory,
 * or in PostgreSQL so that every node draws from the same bucket.
 *
 * <p>With PostgreSQL a request still never waits on the database: it is decided by this node's copy
 * of the bucket, and once a second {@link #reconcile()} takes what this node let through from the
 * shared bucket in one statement per active bucket and sets the local copy to what the shared one has
 * left (the other nodes' requests included). The bound on overshoot: between two reconciliations each
 * node may spend what its copy held, so with N nodes a client gets at most (N − 1) × (its tokens left
 * at the last reconciliation + one second of refill) more than its limit, and a client that was idle
 * on a node may, once, spend that node's full copy before it learns the shared state.
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
    /** Tokens this node let through since the last reconciliation, by bucket. */
    private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
    /** Bucket name suffixes by period (milliseconds, high half) and limit (low half): one per limit in use. */
    private final ConcurrentHashMap<Long, String> suffixes = new ConcurrentHashMap<>();

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

    /** Takes one token from the subject's bucket of {@code limit} requests a minute. */
    public ConsumptionProbe consume(String subject, int limit) {
        return consume(subject, limit, WINDOW);
    }

    /**
     * Takes one token from the subject's bucket of {@code limit} tokens refilled over {@code period}. The
     * limit and period are part of the bucket's name, so a changed limit starts afresh.
     */
    public ConsumptionProbe consume(String subject, int limit, Duration period) {
        String key = subject.concat(suffix(limit, period));
        Local bucket = local.get(key, k -> new Local(Bucket.builder().addLimit(bandwidth(limit, period))
                .withCustomTimePrecision(time).build(), period));
        ConsumptionProbe probe = bucket.bucket().tryConsumeAndReturnRemaining(1);
        if (shared != null && probe.isConsumed()) {
            Pending spent = pending.computeIfAbsent(key, k -> new Pending(limit, period, bucket));
            if (spent.local() != bucket) {
                // The local copy was forgotten (idle) and made again: reconcile the new one.
                spent = new Pending(limit, period, bucket, spent.tokens());
                pending.put(key, spent);
            }
            spent.tokens().increment();
        }
        return probe;
    }

    /**
     * Like {@link #consume(String, int, Duration)}, but with a shared store the token is taken from the
     * shared bucket itself, in one statement: for throttles of writes, which reach the database anyway and
     * must hold on every node at once (a reader's review submissions).
     */
    public ConsumptionProbe consumeShared(String subject, int limit, Duration period) {
        if (shared == null) {
            return consume(subject, limit, period);
        }
        String key = subject.concat(suffix(limit, period));
        return shared.builder().build(key, () -> configuration(limit, period)).tryConsumeAndReturnRemaining(1);
    }

    /**
     * What a bucket's name adds to its subject, {@code @limit/period}: made once per kind of bucket, since
     * {@link Duration#toString()} costs a cached answer more than the rest of its bucket's work.
     */
    private String suffix(int limit, Duration period) {
        long millis = period.toMillis();
        if (millis >= 1L << 31) {
            return "@" + limit + "/" + period;
        }
        return suffixes.computeIfAbsent(millis << 32 | (limit & 0xFFFF_FFFFL), shape -> "@" + limit + "/" + period);
    }

    private record Local(Bucket bucket, Duration period) {
    }

    private record Pending(int limit, Duration period, Local local, LongAdder tokens) {
        Pending(int limit, Duration period, Local local) {
            this(limit, period, local, new LongAdder());
        }
    }

    /**
     * Tells the shared buckets what this node let through, and brings this node's copies to what the
     * shared ones hold. A bucket nobody used here since the last run is left alone.
     */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void reconcile() {
        if (shared == null) {
            return;
        }
        for (Map.Entry<String, Pending> entry : pending.entrySet()) {
            Pending bucket = entry.getValue();
            long spent = bucket.tokens().sumThenReset();
            if (spent == 0) {
                pending.remove(entry.getKey(), bucket);
                continue;
            }
            try {
                Bucket remote = shared.builder().build(entry.getKey(), () -> configuration(bucket.limit(), bucket.period()));
                remote.consumeIgnoringRateLimits(spent);
                // What this node let through since the sum above is not in the shared bucket yet: it stays spent.
                long left = remote.getAvailableTokens() - bucket.tokens().sum();
                Bucket mine = bucket.local().bucket();
                long difference = mine.getAvailableTokens() - left;
                if (difference > 0) {
                    mine.consumeIgnoringRateLimits(difference);
                } else if (difference < 0) {
                    mine.addTokens(-difference);
                }
            } catch (RuntimeException e) {
                // Counted again next time; the local copy keeps limiting meanwhile.
                bucket.tokens().add(spent);
                Log.warnf("Rate-limit reconciliation with PostgreSQL failed: %s", e.getMessage());
                return;
            }
        }
    }

    /** Shared buckets of clients that went quiet are deleted, so the table holds only active clients. */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
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
