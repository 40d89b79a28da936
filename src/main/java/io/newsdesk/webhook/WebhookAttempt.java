package io.newsdesk.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One try at sending a delivery. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {
    @Id
    public UUID id;
    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;
    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;
    /** The receiver's HTTP status; null when no answer came. */
    public Integer status;
    public String error;
    @Column(name = "duration_ms", nullable = false)
    public int durationMs;
}
