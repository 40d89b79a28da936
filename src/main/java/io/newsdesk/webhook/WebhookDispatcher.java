package io.newsdesk.webhook;

import io.newsdesk.common.Time;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends due webhook deliveries. Claims are short transactions, sending happens outside any, and the
 * result is recorded in another: no database connection waits on a slow receiver, and a node that
 * dies mid-send only delays the delivery until its claim runs out.
 */
@ApplicationScoped
class WebhookDispatcher {
    /** Claims outlive the longest send by this much before another node may take the delivery over. */
    private static final Duration CLAIM_MARGIN = Duration.ofSeconds(30);

    private final Clock clock;
    private final DeliveryLedger ledger;
    private final WebhookConfig config;
    private final AddressPolicy addresses;
    private final HttpClient http;

    public WebhookDispatcher(DeliveryLedger ledger, WebhookConfig config, Clock clock) {
        this.clock = clock;
        this.ledger = ledger;
        this.config = config;
        this.addresses = new AddressPolicy(config.allowPrivateAddresses());
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${newsdesk.webhooks.dispatch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        dispatchDue(Time.now(clock));
    }

    /**
     * Sends the deliveries due at {@code now} (at most the batch size; of each story and webhook only
     * the earliest pending one, so a later event waits for an earlier one, retries included) and records
     * each outcome. Each is claimed just before it is sent, for longer than a send can take, so no
     * other node sends it meanwhile, however long the whole run lasts. Tests call it with a moved clock.
     *
     * @return how many deliveries were attempted
     */
    public int dispatchDue(Instant now) {
        long started = System.nanoTime();
        int attempted = 0;
        while (attempted < config.batchSize()) {
            Instant at = now.plusNanos(System.nanoTime() - started);
            Optional<DeliveryLedger.Claimed> claimed = ledger.claimNext(at, at.plus(claimLength()));
            if (claimed.isEmpty()) {
                break;
            }
            ledger.record(claimed.get(), at, send(claimed.get(), at));
            attempted++;
        }
        return attempted;
    }

    /** The longest a send can take (connecting, then waiting for the answer), and a margin. */
    Duration claimLength() {
        return config.timeout().multipliedBy(2).plus(CLAIM_MARGIN);
    }

    private DeliveryLedger.Outcome send(DeliveryLedger.Claimed delivery, Instant now) {
        long started = System.nanoTime();
        // Checked again at every send: the name may resolve elsewhere than when it was registered.
        Optional<String> refused = addresses.refusal(delivery.url());
        if (refused.isPresent()) {
            return new DeliveryLedger.Outcome(null, "The URL " + refused.get() + ".", 0);
        }
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Newsdesk-Webhooks/1")
                .header("webhook-id", delivery.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.sign(delivery.secret(), delivery.messageId(), timestamp,
                        delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new DeliveryLedger.Outcome(status, status / 100 == 2 ? null : "The receiver answered " + status + ".",
                    millisSince(started));
        } catch (IOException e) {
            Log.debugf("Webhook delivery %s failed: %s", delivery.id(), e.toString());
            return new DeliveryLedger.Outcome(null, "No answer: " + describe(e), millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryLedger.Outcome(null, "Interrupted while sending.", millisSince(started));
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return kind.isBlank() ? "connection failed." : kind.toLowerCase(java.util.Locale.ROOT) + ".";
    }

    private static int millisSince(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }
}
