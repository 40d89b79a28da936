package io.newsdesk.key;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsdesk.common.cache.PurgeTarget;
import io.newsdesk.common.cache.SurrogateKeys;
import io.newsdesk.common.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * API keys by token hash, so that checking a token on a busy read costs no query. An entry lives a
 * few seconds at most; a revocation purges them all when it commits, on this node at once and on the
 * others through NOTIFY, and expiry is checked against the clock on every use.
 */
@ApplicationScoped
class KnownKeys implements PurgeTarget {
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

    private final Cache<String, Known> byHash = Caffeine.newBuilder()
            .expireAfterWrite(TIME_TO_LIVE)
            .maximumSize(10_000)
            .build();

    /** Moves on every purge: a lookup that began before one does not remember what it read. */
    private final AtomicLong generation = new AtomicLong();

    Optional<Known> find(String hash) {
        return Optional.ofNullable(byHash.getIfPresent(hash));
    }

    long generation() {
        return generation.get();
    }

    Known remember(String hash, ApiKey key, long seen) {
        Known known = new Known(key.id, key.name, key.role, key.rateLimit, key.sections, key.expiresAt,
                key.revokedAt, key.lastUsedAt);
        if (generation.get() == seen) {
            byHash.put(hash, known);
            if (generation.get() != seen) {
                byHash.invalidate(hash);
            }
        }
        return known;
    }

    @Override
    public void purge(Set<String> keys) {
        if (keys.contains(SurrogateKeys.API_KEYS) || keys.contains(SurrogateKeys.ALL)) {
            generation.incrementAndGet();
            byHash.invalidateAll();
        }
    }

    /** What a request needs of a key, copied out of the entity. */
    record Known(UUID id, String name, Role role, Integer rateLimit, String sections, Instant expiresAt,
            Instant revokedAt, Instant lastUsedAt) {

        boolean usableAt(Instant now) {
            return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
        }
    }
}
