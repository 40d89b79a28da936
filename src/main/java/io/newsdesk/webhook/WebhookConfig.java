package io.newsdesk.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook delivery, under {@code newsdesk.webhooks.*}. */
@ConfigMapping(prefix = "newsdesk.webhooks")
public interface WebhookConfig {

    /** Let webhooks point at loopback, private and link-local addresses (tests, private networks). */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** How often due deliveries are sent (a scheduler interval such as 5s, or off). */
    @WithDefault("5s")
    String dispatchEvery();

    /** Deliveries sent per dispatcher run at most. */
    @WithDefault("100")
    int batchSize();

    /** How long a receiver may take to connect and answer. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Wait before the second attempt; it doubles with each failure, with random jitter. */
    @WithDefault("PT10S")
    Duration initialBackoff();

    /** Longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration maxBackoff();

    /** How long a delivery is retried before it is given up as failed. */
    @WithDefault("P3D")
    Duration retryFor();
}
