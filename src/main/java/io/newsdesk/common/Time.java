package io.newsdesk.common;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Time as the database keeps it: both H2 and PostgreSQL store microseconds, so keyset cursors must too. */
public final class Time {
    /** The times every supported database stores and Java reads back alike: years 0001 to 9999, UTC. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    public static final String RANGE_MESSAGE = "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

    private Time() {
    }

    /** Whether the time is one the database can store (null is no time at all, and storable). */
    public static boolean storable(Instant instant) {
        return instant == null || !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /** The clock's instant, to the microsecond. */
    public static Instant now(Clock clock) {
        return micros(clock.instant());
    }

    public static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
