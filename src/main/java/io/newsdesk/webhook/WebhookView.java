package io.newsdesk.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Webhook", description = "A webhook subscription. The secret appears once, in the answer that created it.")
public record WebhookView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String url,
        @Schema(required = true, description = "Event types sent; `*` for all.") List<String> events,
        @Schema(description = "Only changes of stories in these sections; absent for all, empty for none.") List<String> sections,
        String description,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "The signing secret; only in the creation answer.") String secret) {

    static WebhookView from(Webhook webhook, String secret) {
        return new WebhookView(webhook.id, webhook.url, webhook.eventList(),
                webhook.sectionList(), webhook.description,
                webhook.createdAt, secret);
    }
}
