package io.newsdesk.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * With buckets in PostgreSQL, a request is decided by this node's copy and the shared bucket hears of
 * it at the next reconciliation; what other nodes spent reaches this node's copy the same way.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "newsdesk.rate-limit.store", matches = "postgresql")
class SharedBucketsTest {
    private static final int LIMIT = 1_000;

    @Inject
    Buckets buckets;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldTellTheSharedBucketWhatThisNodeSpentAndLearnWhatOthersDid() {
        String subject = "test:" + UUID.randomUUID();
        for (int i = 0; i < 40; i++) {
            assertTrue(buckets.consume(subject, LIMIT).isConsumed());
        }
        buckets.reconcile();
        Bucket shared = shared(subject);
        long left = shared.getAvailableTokens();
        // Refill is 1,000 a minute: a few tokens may have come back since.
        assertTrue(left >= LIMIT - 40 && left < LIMIT - 30, "shared bucket holds " + left);

        shared.consumeIgnoringRateLimits(900); // another node's clients
        buckets.consume(subject, LIMIT);
        buckets.reconcile();
        long mine = buckets.consume(subject, LIMIT).getRemainingTokens();
        assertTrue(mine < 100, "this node's copy learnt of the other node: " + mine);
    }

    private Bucket shared(String subject) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").build().builder()
                .build(subject + "@" + LIMIT + "/" + Buckets.WINDOW, () -> BucketConfiguration.builder()
                        .addLimit(Bandwidth.builder().capacity(LIMIT).refillGreedy(LIMIT, Buckets.WINDOW).build()).build());
    }
}
