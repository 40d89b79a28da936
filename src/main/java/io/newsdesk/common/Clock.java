package io.newsdesk.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Time as the database keeps it: both H2 and PostgreSQL store microseconds, so keyset cursors must too. */
public final class Clock {
    private Clock() {
    }

    public static Instant now() {
        return micros(Instant.now());
    }

    public static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
