package io.newsdesk.change;

import java.time.Instant;

/** Fired inside the purge's transaction: what hangs off entries older than {@code cutoff} may go too. */
public record ChangesPurged(Instant cutoff) {
}
