package io.newsdesk.change;

import java.time.Instant;

/** Fired in a transaction of its own after a purge: what hangs off entries older than {@code cutoff} may go too. */
public record ChangesPurged(Instant cutoff) {
}
