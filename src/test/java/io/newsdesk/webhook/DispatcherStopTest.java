package io.newsdesk.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A node that is stopping finishes the delivery it is sending, records it, and claims no other: the rest
 * stay due for the next start or another node. The ledger here is in memory; the send is real.
 */
class DispatcherStopTest {
    private Vertx vertx;
    private Receiver receiver;
    private MemoryLedger ledger;
    private WebhookDispatcher dispatcher;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        receiver = Receiver.holdingFirst();
        ledger = new MemoryLedger();
        for (int i = 0; i < 3; i++) {
            ledger.due.add(new DeliveryLedger.Claimed(UUID.randomUUID(), UUID.randomUUID(), receiver.url(),
                    "whsec_c3RvcC10ZXN0LXNlY3JldC1vZi0zMi1ieXRlcy1sZW4=", "msg_" + i, "{\"n\":" + i + "}"));
        }
        dispatcher = new WebhookDispatcher(ledger, CONFIG, Clock.systemUTC(), vertx);
    }

    @AfterEach
    void stop() {
        receiver.close();
        vertx.close();
    }

    @Test
    void shouldRecordTheDeliveryUnderWayAndClaimNoOtherOnceStopping() throws Exception {
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> dispatcher.dispatchDue(Instant.now()));
        receiver.awaitFirst();
        dispatcher.onStop(null);
        receiver.release();

        assertEquals(1, run.get(30, TimeUnit.SECONDS), "only the delivery under way was attempted");
        assertEquals(1, ledger.recorded.size());
        assertEquals("msg_0", ledger.recorded.get(0).claimed().messageId());
        assertTrue(ledger.recorded.get(0).outcome().delivered(), "the receiver's answer is recorded");
        assertEquals(1, receiver.requests().size());
        assertEquals(2, ledger.due.size(), "the others were never claimed");

        assertEquals(0, dispatcher.dispatchDue(Instant.now()), "a later run on the stopping node sends nothing");
        assertEquals(2, ledger.due.size());
        assertEquals(1, receiver.requests().size());
    }

    @Test
    void shouldSendTheWholeBatchWhenNotStopping() throws Exception {
        receiver.release();
        assertEquals(3, dispatcher.dispatchDue(Instant.now()));
        assertEquals(3, ledger.recorded.size());
        assertEquals(0, ledger.due.size());
        assertEquals(3, receiver.accepted().size());
    }

    private record Recorded(DeliveryLedger.Claimed claimed, DeliveryLedger.Outcome outcome) {
    }

    /** Due deliveries in a queue; a claim takes the head, a record keeps the outcome. */
    private static final class MemoryLedger extends DeliveryLedger {
        final Deque<Claimed> due = new ArrayDeque<>();
        final List<Recorded> recorded = new ArrayList<>();

        MemoryLedger() {
            super(null, null, CONFIG);
        }

        @Override
        synchronized Optional<Claimed> claimNext(Instant now, Instant until) {
            return Optional.ofNullable(due.poll());
        }

        @Override
        synchronized void record(Claimed claimed, Instant now, Outcome outcome) {
            recorded.add(new Recorded(claimed, outcome));
        }
    }

    private static final WebhookConfig CONFIG = new WebhookConfig() {
        @Override
        public boolean allowPrivateAddresses() {
            return true;
        }

        @Override
        public String dispatchEvery() {
            return "off";
        }

        @Override
        public int batchSize() {
            return 100;
        }

        @Override
        public Duration timeout() {
            return Duration.ofSeconds(10);
        }

        @Override
        public Duration initialBackoff() {
            return Duration.ofSeconds(10);
        }

        @Override
        public Duration maxBackoff() {
            return Duration.ofHours(1);
        }

        @Override
        public Duration retryFor() {
            return Duration.ofDays(3);
        }
    };
}
