package io.newsdesk.common;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Time as the database keeps it: both H2 and PostgreSQL store microseconds, so keyset cursors must too. */
public final class Time {
    private Time() {
    }

    /** The clock's instant, to the microsecond. */
    public static Instant now(Clock clock) {
        return micros(clock.instant());
    }

    public static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
