package io.newsdesk.common.cache;

import java.util.Set;

/**
 * A cache that a {@link Purge} reaches, on this node after the commit and on the others through
 * NOTIFY: the rendered representations, and whatever a feature keeps (API keys by token hash).
 */
public interface PurgeTarget {

    /** Drops what is filed under one of the keys; {@link SurrogateKeys#ALL} drops everything. */
    void purge(Set<String> keys);
}
