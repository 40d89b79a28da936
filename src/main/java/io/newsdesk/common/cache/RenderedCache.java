package io.newsdesk.common.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsdesk.common.NewsdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public representations as bytes, bounded by their size (Caffeine, weighed in bytes), each filed
 * under its surrogate keys.
 *
 * <p>A render that raced with a write must not put the old bytes back after the write's purge: every
 * purge moves a generation counter first, and a render only keeps its result when no purge happened
 * since it began (checked before and after the put; a purge that lands between the two either sees
 * the entry and drops it or is seen by the second check).
 */
@ApplicationScoped
public class RenderedCache implements PurgeTarget {
    private final Cache<String, Rendered> entries;
    private final AtomicLong generation = new AtomicLong();
    private final boolean enabled;

    public RenderedCache(NewsdeskConfig config) {
        this.enabled = config.cache().enabled();
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.cache().maxSize().asLongValue())
                .weigher((String key, Rendered value) -> value.weight(key))
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    /** Read before rendering; {@link #put} keeps the result only if no purge happened since. */
    long generation() {
        return generation.get();
    }

    Rendered get(String key) {
        return entries.getIfPresent(key);
    }

    void put(String key, Rendered rendered, long seen) {
        if (generation.get() != seen) {
            return;
        }
        entries.put(key, rendered);
        if (generation.get() != seen) {
            entries.invalidate(key);
        }
    }

    /** Drops every representation filed under one of the keys ({@link SurrogateKeys#ALL}: all of them). */
    @Override
    public void purge(Set<String> keys) {
        generation.incrementAndGet();
        if (keys.contains(SurrogateKeys.ALL)) {
            entries.invalidateAll();
        } else {
            entries.asMap().values().removeIf(rendered -> rendered.filedUnder(keys));
        }
    }

    public void clear() {
        purge(Set.of(SurrogateKeys.ALL));
    }

    /** How many representations are held now (for tests and metrics). */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
