package io.newsdesk.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The dispatcher's short transactions: claiming due deliveries and recording what happened. */
@ApplicationScoped
class DeliveryLedger {
    /** Due deliveries one claim looks at: enough that a few taken by other nodes meanwhile do not end a run. */
    private static final int CANDIDATES = 10;

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final WebhookConfig config;

    public DeliveryLedger(DeliveryRepository deliveries, WebhookRepository webhooks, WebhookConfig config) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.config = config;
    }

    /** What a sender needs, read while claiming so that sending needs no transaction. */
    record Claimed(UUID id, UUID token, String url, String secret, String messageId, String payload) {
    }

    /** @param status the receiver's HTTP status, or null when none came; @param error null on success */
    record Outcome(Integer status, String error, int durationMs) {
        boolean delivered() {
            return error == null;
        }
    }

    /**
     * Claims the next due delivery until {@code until}: one at a time, so that a claim only has to outlast
     * one send. Of the first few due ones, the first no other node has taken meanwhile.
     */
    @Transactional
    Optional<Claimed> claimNext(Instant now, Instant until) {
        for (UUID id : deliveries.due(now, CANDIDATES)) {
            UUID token = UUID.randomUUID();
            if (!deliveries.claim(id, now, until, token)) {
                continue;
            }
            WebhookDelivery delivery = deliveries.findById(id);
            Webhook webhook = webhooks.findById(delivery.webhookId);
            return Optional.of(new Claimed(id, token, webhook.url, webhook.secret, delivery.messageId, delivery.payload));
        }
        return Optional.empty();
    }

    @Transactional
    void record(Claimed claimed, Instant now, Outcome outcome) {
        WebhookDelivery delivery = deliveries.findById(claimed.id());
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.id = UUID.randomUUID();
        attempt.deliveryId = delivery.id;
        attempt.attemptedAt = now;
        attempt.status = outcome.status();
        attempt.error = truncate(outcome.error());
        attempt.durationMs = outcome.durationMs();
        deliveries.persistAttempt(attempt);
        delivery.attempts++;
        if (!claimed.token().equals(delivery.claimToken)) {
            return; // the claim ran out and another sender holds the delivery now: its outcome counts
        }
        delivery.claimedUntil = null;
        delivery.claimToken = null;
        delivery.lastStatus = outcome.status();
        delivery.lastError = attempt.error;
        if (delivery.status != DeliveryStatus.PENDING) {
            return; // cancelled while it was being sent
        }
        if (outcome.delivered()) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
            return;
        }
        Duration wait = Backoff.after(delivery.attempts, config.initialBackoff(), config.maxBackoff(),
                ThreadLocalRandom.current().nextDouble());
        Instant next = now.plus(wait);
        if (next.isAfter(delivery.giveUpAt)) {
            delivery.status = DeliveryStatus.FAILED;
        } else {
            delivery.nextAttemptAt = next;
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
