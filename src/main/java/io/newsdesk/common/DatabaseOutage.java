package io.newsdesk.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database from other failures, so that clients get 503 and come back
 * rather than 500. Drivers and the pool wrap the cause in several layers; the whole chain is looked at.
 */
public final class DatabaseOutage {
    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    /** Causes and suppressed exceptions alike: a failed commit carries the driver's error as suppressed. */
    public static boolean causedBy(Throwable failure) {
        return Causes.any(failure, t -> t instanceof SQLTransientConnectionException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLException sql && unreachable(sql));
    }

    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            // 08: connection exceptions; 57P01-57P03: the server is shutting down, crashed or starting.
            return state.startsWith("08") || state.startsWith("57P");
        }
        // The pool's own refusal when no connection comes within the acquisition timeout has no SQL state
        // ("Sorry, acquisition timeout!", "Acquisition timeout while waiting for new connection").
        return e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}
