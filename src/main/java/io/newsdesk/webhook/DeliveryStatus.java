package io.newsdesk.webhook;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Retried until the retry time ran out; later events of the story went ahead. */
    FAILED,
    /** The webhook was deleted before it went out. */
    CANCELLED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
