package io.newsdesk.change;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The change feed, under {@code newsdesk.changes.*}. */
@ConfigMapping(prefix = "newsdesk.changes")
public interface ChangeLogConfig {

    /** How long entries are kept; a cursor older than that gets 410 and the partner resyncs. */
    @WithDefault("P30D")
    Duration retention();

    /** How often old entries are purged (a scheduler interval such as 1h, or off). */
    @WithDefault("1h")
    String purgeEvery();

    /**
     * How often stories that became public by the clock (scheduled or embargoed) are looked for and
     * recorded as published (a scheduler interval, or off).
     */
    @WithDefault("30s")
    String sweepEvery();
}
