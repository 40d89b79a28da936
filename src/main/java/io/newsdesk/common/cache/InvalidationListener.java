package io.newsdesk.common.cache;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the other nodes' purges: {@code LISTEN} on a connection of its own (outside the pool, so it
 * never takes one from requests), on a thread of its own that waits in
 * {@code PGConnection.getNotifications}. When the connection breaks it reconnects with a doubling
 * backoff, and after every (re)connection it empties the whole cache: purges sent while it was not
 * listening are lost.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class InvalidationListener {
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final int WAIT_MILLIS = 500;

    private final Invalidation invalidation;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;

    InvalidationListener(Invalidation invalidation, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.invalidation = invalidation;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "newsdesk-cache-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        closeQuietly();
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Whether the LISTEN is in place now (tests wait for it). */
    boolean listening() {
        return listening;
    }

    /** Breaks the connection, as a network failure would (tests). */
    void disconnect() {
        listening = false;
        closeQuietly();
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try (Connection listen = DriverManager.getConnection(url, user.orElse(null), password.orElse(null))) {
                connection = listen;
                try (Statement statement = listen.createStatement()) {
                    statement.execute("LISTEN " + Invalidation.CHANNEL);
                }
                invalidation.apply(Set.of(SurrogateKeys.ALL));
                listening = true;
                backoff = FIRST_BACKOFF;
                PGConnection notifications = listen.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            invalidation.apply(SurrogateKeys.parse(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (!running) {
                    return;
                }
                Log.warnf("Cache invalidation listener lost PostgreSQL (%s); reconnecting in %d ms", e.getMessage(),
                        backoff.toMillis());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    private void closeQuietly() {
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                Log.debugf("Closing the listener's connection: %s", e.getMessage());
            }
        }
    }
}
