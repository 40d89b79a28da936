package io.newsdesk.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The connection goes to the address that was checked, under the URL's own host name. */
class WebhookSenderTest {
    private static Vertx vertx;
    private static HttpServer receiver;
    private static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            SEEN.add(exchange.getRequestHeaders().getFirst("Host") + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        // A receiver that answers with a large body, and one that closes the connection while sending it.
        receiver.createContext("/chatty", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = new byte[256 * 1024];
            java.util.Arrays.fill(body, (byte) 'x');
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body, 0, exchange.getRequestURI().getQuery() == null ? body.length : 1024);
            } catch (java.io.IOException closed) {
                // the sender does not wait for the body
            }
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
        vertx.close();
    }

    private static int port() {
        return receiver.getAddress().getPort();
    }

    /** Answers {@code first} to the first lookup and {@code later} to every one after it. */
    private static AddressPolicy.Resolver rebinding(AtomicInteger lookups, String first, String later) {
        return host -> List.of(InetAddress.getByName(lookups.getAndIncrement() == 0 ? first : later));
    }

    /**
     * The status line is the answer, however quickly the response ends (a 204 may be over before the
     * sender looks at it) and whatever happens to the body after it: a receiver that said yes must never
     * see the delivery again because the sender misread it.
     */
    @Test
    void shouldTakeTheStatusLineAsTheAnswerEveryTime() {
        WebhookSender sender = new WebhookSender(new AddressPolicy(true), vertx, Duration.ofSeconds(5));
        try {
            for (int i = 0; i < 400; i++) {
                String path = i < 300 ? "/quick" : i % 2 == 0 ? "/chatty" : "/chatty?cut=1";
                WebhookSender.Result result = sender.post("http://127.0.0.1:" + port() + path,
                        Map.of("Content-Type", "application/json"), "{}");
                assertEquals(path.equals("/quick") ? 204 : 200, result.status(), "send " + i + " to " + path + ": " + result);
            }
        } finally {
            sender.close();
        }
    }

    @Test
    void shouldConnectToTheCheckedAddressUnderTheUrlsHostName() {
        SEEN.clear();
        AtomicInteger lookups = new AtomicInteger();
        // The name is not in any DNS: the request can only arrive through the address the policy resolved.
        AddressPolicy lenient = new AddressPolicy(true, rebinding(lookups, "127.0.0.1", "10.255.255.1"));
        WebhookSender sender = new WebhookSender(lenient, vertx, Duration.ofSeconds(5));
        WebhookSender.Result result = sender.post("http://hooks.example.test:" + port() + "/hook?from=newsdesk",
                Map.of("Content-Type", "application/json"), "{}");
        sender.close();
        assertEquals(204, result.status(), String.valueOf(result));
        assertEquals(1, lookups.get());
        assertEquals(List.of("hooks.example.test:" + port() + " /hook?from=newsdesk"), SEEN);
    }

    @Test
    void shouldNotReachAPrivateAddressTheNameRebindsTo() {
        SEEN.clear();
        AtomicInteger lookups = new AtomicInteger();
        // Public when checked, loopback (where the receiver listens) on any later lookup.
        AddressPolicy strict = new AddressPolicy(false, rebinding(lookups, "203.0.113.10", "127.0.0.1"));
        WebhookSender sender = new WebhookSender(strict, vertx, Duration.ofMillis(300));
        WebhookSender.Result result = sender.post("http://rebind.example.test:" + port() + "/hook",
                Map.of("Content-Type", "application/json"), "{}");
        sender.close();
        assertNull(result.status(), String.valueOf(result));
        assertNotNull(result.failure());
        assertEquals(1, lookups.get());
        assertTrue(SEEN.isEmpty(), SEEN.toString());
    }

    @Test
    void shouldRefuseANameThatResolvesToAPrivateAddress() {
        SEEN.clear();
        AddressPolicy strict = new AddressPolicy(false, host -> List.of(InetAddress.getByName("127.0.0.1")));
        WebhookSender sender = new WebhookSender(strict, vertx, Duration.ofSeconds(5));
        WebhookSender.Result result = sender.post("http://inside.example.test:" + port() + "/hook",
                Map.of("Content-Type", "application/json"), "{}");
        sender.close();
        assertNotNull(result.refusal());
        assertTrue(SEEN.isEmpty(), SEEN.toString());
    }
}
