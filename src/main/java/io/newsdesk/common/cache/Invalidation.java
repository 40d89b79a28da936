package io.newsdesk.common.cache;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Carries out a {@link Purge}: on this node after the transaction commits (never before, never on a
 * rollback), and, on PostgreSQL, on every other node through {@code pg_notify} issued inside the same
 * transaction, which PostgreSQL delivers to the listeners ({@link InvalidationListener}) only when it commits.
 */
@ApplicationScoped
class Invalidation {
    static final String CHANNEL = "newsdesk_cache";
    /** NOTIFY payloads are limited to 8,000 bytes; a longer list of keys becomes "everything". */
    private static final int MAX_PAYLOAD = 7_900;

    private final Instance<PurgeTarget> targets;
    private final EntityManager entityManager;
    private final boolean postgresql;

    Invalidation(@Any Instance<PurgeTarget> targets, EntityManager entityManager,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.targets = targets;
        this.entityManager = entityManager;
        this.postgresql = "postgresql".equals(dbKind);
    }

    void inTransaction(@Observes Purge purge) {
        if (!postgresql || !QuarkusTransaction.isActive()) {
            return;
        }
        String payload = SurrogateKeys.header(purge.keys());
        String sent = payload.length() > MAX_PAYLOAD ? SurrogateKeys.ALL : payload;
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, sent);
                notify.execute();
            }
        });
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Purge purge) {
        apply(purge.keys());
    }

    /** Purges every cache of this node. */
    void apply(Set<String> keys) {
        for (PurgeTarget target : targets) {
            target.purge(keys);
        }
    }
}
