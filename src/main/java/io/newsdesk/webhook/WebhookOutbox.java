package io.newsdesk.webhook;

import io.newsdesk.change.ChangeRecorded;
import io.newsdesk.change.ChangesPurged;
import jakarta.enterprise.event.Observes;

import io.newsdesk.change.ChangeView;
import io.newsdesk.change.ChangeEntry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.common.Time;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a delivery for every webhook that wants a change, in the change's own transaction: the
 * event is never lost between the write and the send, whatever crashes.
 */
@ApplicationScoped
class WebhookOutbox {
    private final Clock clock;
    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final WebhookConfig config;
    private final ObjectMapper mapper;

    public WebhookOutbox(WebhookRepository webhooks, DeliveryRepository deliveries, WebhookConfig config,
            ObjectMapper mapper, Clock clock) {
        this.clock = clock;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.config = config;
        this.mapper = mapper;
    }

    /** Webhooks serve partners: like them, they hear only of stories readers can see. */
    void onChangeRecorded(@Observes ChangeRecorded recorded) {
        enqueue(recorded.entry());
    }

    void onChangesPurged(@Observes ChangesPurged purged) {
        purgeFinishedBefore(purged.cutoff());
    }

    void enqueue(ChangeEntry entry) {
        if (!entry.publicBefore && !entry.publicAfter) {
            return;
        }
        for (Webhook webhook : webhooks.listActive()) {
            Set<String> sections = webhook.sectionSet();
            if (!entry.seenBefore(sections) && !entry.seenAfter(sections)) {
                continue;
            }
            ChangeView view = ChangeView.of(entry, false, sections);
            if (webhook.accepts(view.eventType())) {
                deliveries.persist(delivery(webhook, entry, view));
            }
        }
    }

    void purgeFinishedBefore(Instant cutoff) {
        deliveries.deleteFinishedBefore(cutoff);
    }

    private WebhookDelivery delivery(Webhook webhook, ChangeEntry entry, ChangeView view) {
        Instant now = Time.now(clock);
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.webhookId = webhook.id;
        delivery.seq = entry.seq;
        delivery.messageId = "msg_" + entry.seq;
        delivery.eventType = view.eventType();
        delivery.orderKey = entry.articleId;
        delivery.payload = json(new WebhookEvent(view.eventType(), entry.at, view));
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        delivery.giveUpAt = now.plus(config.retryFor());
        return delivery;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
