package io.newsdesk.common;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a write that lost a wait for a lock (other writes held it longer than the lock timeout), a
 * deadlock or a serialization failure from other failures. Nothing of such a write was saved, and the
 * same write is likely to succeed when tried again: callers retry it, or answer 503 with Retry-After.
 */
public final class LockContention {
    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 1;
    /**
     * 40001 serialization failure, 40P01 deadlock, 55P03 lock not available (PostgreSQL's lock_timeout),
     * 57014 statement cancelled by its timeout; HYT00 is H2's lock or statement timeout, 40001 its deadlock.
     */
    private static final Set<String> STATES = Set.of("40001", "40P01", "55P03", "57014", "HYT00");

    private LockContention() {
    }

    public static boolean causedBy(Throwable failure) {
        return Causes.any(failure, t -> t instanceof org.hibernate.exception.LockTimeoutException
                || t instanceof org.hibernate.PessimisticLockException
                || t instanceof jakarta.persistence.LockTimeoutException
                || t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState()));
    }
}
