package io.newsdesk.webhook;

import io.newsdesk.common.Time;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    private final WebhookSender sender;
    /** Set when the application stops: a run under way claims nothing more. */
    private volatile boolean stopping;

    public WebhookDispatcher(DeliveryLedger ledger, WebhookConfig config, Clock clock, Vertx vertx) {
        this.clock = clock;
        this.ledger = ledger;
        this.config = config;
        this.sender = new WebhookSender(new AddressPolicy(config.allowPrivateAddresses()), vertx, config.timeout());
    }

    @Scheduled(every = "${newsdesk.webhooks.dispatch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        dispatchDue(Time.now(clock));
    }

    /** The delivery being sent is sent and recorded; the rest wait for the next start or another node. */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
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
        while (attempted < config.batchSize() && !stopping) {
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
        // Checked again at every send, and sent to the address checked: the name may resolve elsewhere
        // than when it was registered, or than a moment ago.
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = Map.of("Content-Type", "application/json",
                "User-Agent", "Newsdesk-Webhooks/1",
                "webhook-id", delivery.messageId(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSigner.sign(delivery.secret(), delivery.messageId(), timestamp,
                        delivery.payload()));
        WebhookSender.Result result = sender.post(delivery.url(), headers, delivery.payload());
        if (result.refusal() != null) {
            return new DeliveryLedger.Outcome(null, "The URL " + result.refusal() + ".", 0);
        }
        if (result.failure() != null) {
            Log.debugf("Webhook delivery %s failed: %s", delivery.id(), result.failure());
            return new DeliveryLedger.Outcome(null, "No answer: " + result.failure(), millisSince(started));
        }
        int status = result.status();
        return new DeliveryLedger.Outcome(status, status / 100 == 2 ? null : "The receiver answered " + status + ".",
                millisSince(started));
    }

    private static int millisSince(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }
}
