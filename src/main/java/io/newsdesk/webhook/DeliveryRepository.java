package io.newsdesk.webhook;

import io.newsdesk.common.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {
    private static final List<DeliveryStatus> FINISHED = List.of(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED,
            DeliveryStatus.CANCELLED);

    /**
     * Deliveries due now that nobody is sending, oldest first; only the first unfinished one of each
     * story per webhook, so a story's events arrive in order.
     */
    List<UUID> due(Instant now, int limit) {
        return getEntityManager().createQuery("select d.id from WebhookDelivery d where d.status = :pending"
                + " and d.nextAttemptAt <= :now and (d.claimedUntil is null or d.claimedUntil < :now)"
                + " and not exists (select 1 from WebhookDelivery e where e.webhookId = d.webhookId"
                + " and e.orderKey = d.orderKey and e.status = :pending and e.seq < d.seq)"
                + " order by d.nextAttemptAt, d.seq", UUID.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /** Claims a delivery for one sender until {@code until}; false when another node took it first. */
    boolean claim(UUID id, Instant now, Instant until, UUID token) {
        return update("claimedUntil = ?1, claimToken = ?2 where id = ?3 and status = ?4"
                + " and (claimedUntil is null or claimedUntil < ?5)", until, token, id, DeliveryStatus.PENDING, now) == 1;
    }

    /** A webhook's deliveries, newest first, one more than {@code limit}. */
    List<WebhookDelivery> page(UUID webhookId, Cursor after, int limit) {
        if (after == null) {
            return find("webhookId = ?1 order by createdAt desc, id desc", webhookId).range(0, limit).list();
        }
        return find("webhookId = ?1 and (createdAt, id) < (?2, ?3) order by createdAt desc, id desc",
                webhookId, after.at(), after.id()).range(0, limit).list();
    }

    List<WebhookAttempt> attemptsOf(Collection<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select a from WebhookAttempt a where a.deliveryId in :ids"
                + " order by a.attemptedAt, a.id", WebhookAttempt.class)
                .setParameter("ids", deliveryIds).getResultList();
    }

    void persistAttempt(WebhookAttempt attempt) {
        getEntityManager().persist(attempt);
    }

    long cancelPending(UUID webhookId) {
        return update("status = ?1 where webhookId = ?2 and status = ?3", DeliveryStatus.CANCELLED, webhookId,
                DeliveryStatus.PENDING);
    }

    long deleteFinishedBefore(Instant cutoff) {
        getEntityManager().createQuery("delete from WebhookAttempt a where a.deliveryId in (select d.id from"
                + " WebhookDelivery d where d.status in :finished and d.createdAt < :cutoff)")
                .setParameter("finished", FINISHED).setParameter("cutoff", cutoff).executeUpdate();
        return delete("status in ?1 and createdAt < ?2", FINISHED, cutoff);
    }
}
