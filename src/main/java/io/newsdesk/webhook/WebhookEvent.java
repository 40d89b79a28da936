package io.newsdesk.webhook;

import io.newsdesk.change.ChangeView;
import java.time.Instant;

/** The body of a webhook request, in the Standard Webhooks shape. */
record WebhookEvent(String type, Instant timestamp, ChangeView data) {
}
