package io.newsdesk.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WebhookDelivery", description = "One event sent (or to be sent) to a webhook, with every attempt.")
public record DeliveryView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The webhook-id header: the same on every retry and replay.") String messageId,
        @Schema(required = true, examples = "article.published") String eventType,
        @Schema(required = true) UUID articleId,
        @Schema(required = true) DeliveryStatus status,
        @Schema(required = true) int attempts,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When it is tried next, while pending.") Instant nextAttemptAt,
        @Schema(description = "When it is given up, while pending.") Instant giveUpAt,
        Instant deliveredAt,
        @Schema(required = true) List<Attempt> attemptLog) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WebhookAttempt", description = "One try at sending.")
    public record Attempt(
            @Schema(required = true) Instant at,
            @Schema(description = "The receiver's HTTP status; absent when it did not answer.") Integer status,
            @Schema(description = "Why the attempt failed.") String error,
            @Schema(required = true) int durationMs) {
    }

    static DeliveryView from(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
        boolean pending = delivery.status == DeliveryStatus.PENDING;
        return new DeliveryView(delivery.id, delivery.messageId, delivery.eventType, delivery.orderKey, delivery.status,
                delivery.attempts, delivery.createdAt, pending ? delivery.nextAttemptAt : null,
                pending ? delivery.giveUpAt : null, delivery.deliveredAt,
                attempts.stream().map(a -> new Attempt(a.attemptedAt, a.status, a.error, a.durationMs)).toList());
    }
}
