package io.newsdesk.common.cache;

import java.util.Set;

/**
 * Fired inside a writing transaction with the surrogate keys of what it changes. Cached
 * representations are dropped after the transaction commits, on this node at once and on the
 * others through PostgreSQL's NOTIFY (sent in the same transaction, so delivered only on commit);
 * a rollback drops nothing.
 */
public record Purge(Set<String> keys) {

    public static Purge of(String... keys) {
        return new Purge(Set.of(keys));
    }
}
