package io.newsdesk.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event for one webhook: an outbox row, and the record of its delivery. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    @Id
    public UUID id;
    @Column(name = "webhook_id", nullable = false)
    public UUID webhookId;
    /** The change-log position of the event: deliveries of one story go out in this order. */
    @Column(nullable = false)
    public long seq;
    /** Standard Webhooks {@code webhook-id}: the same on every retry and replay, for receivers to deduplicate. */
    @Column(name = "message_id", nullable = false)
    public String messageId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(name = "order_key", nullable = false)
    public UUID orderKey;
    @Column(nullable = false, length = 1_000_000)
    public String payload;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;
    @Column(name = "give_up_at", nullable = false)
    public Instant giveUpAt;
    /** While set and in the future, one dispatcher (on any node) is sending it. */
    @Column(name = "claimed_until")
    public Instant claimedUntil;
    /** Names the claim in force, so that only its holder records the outcome. */
    @Column(name = "claim_token")
    public UUID claimToken;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "last_status")
    public Integer lastStatus;
    @Column(name = "last_error")
    public String lastError;
}
