package io.newsdesk.webhook;

import io.newsdesk.webhook.WebhookDispatcher;
import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.token;
import static io.newsdesk.support.Api.unique;
import static io.newsdesk.support.EditorDesk.delete;
import static io.newsdesk.support.EditorDesk.live;
import static io.newsdesk.support.EditorDesk.patch;
import static io.newsdesk.support.EditorDesk.publish;
import static io.newsdesk.support.EditorDesk.unpublish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.common.Time;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookDispatcher dispatcher;

    private static JsonPath register(Map<String, Object> body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    private static void unregister(String id) {
        given().auth().oauth2(ADMIN).when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    /** Runs the dispatcher with the clock moved on by {@code step} each round, until nothing is due. */
    private Instant dispatchUntilQuiet(Instant from, Duration step, int rounds) {
        Instant now = from;
        for (int i = 0; i < rounds; i++) {
            now = now.plus(step);
            while (dispatcher.dispatchDue(now) > 0) {
                // keep sending: each run sends only the first pending event of each story
            }
        }
        return now;
    }

    /** An independent Standard Webhooks verifier: HMAC-SHA256 over "id.timestamp.body" with the decoded secret. */
    private static boolean validSignature(String secret, Receiver.Request request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((request.id() + "." + request.timestamp() + "." + request.body())
                .getBytes(StandardCharsets.UTF_8));
        for (String candidate : request.signature().split(" ")) {
            if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected,
                    Base64.getDecoder().decode(candidate.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> eventsOf(Receiver receiver, String articleId) throws Exception {
        List<String> events = new ArrayList<>();
        for (Receiver.Request request : receiver.accepted()) {
            JsonNode event = JSON.readTree(request.body());
            if (articleId.equals(event.path("data").path("articleId").asText())) {
                events.add(event.path("type").asText() + "@" + event.path("data").path("revision").asInt());
            }
        }
        return events;
    }

    /** What the receiver saw and what the deliveries recorded, for a failure message that shows the cause. */
    private static String describe(String secret, Receiver receiver, String webhookId) throws Exception {
        StringBuilder seen = new StringBuilder("\nreceived:");
        for (Receiver.Request request : receiver.requests()) {
            JsonNode event = JSON.readTree(request.body());
            seen.append("\n  ").append(request.id()).append(' ').append(event.path("type").asText()).append('@')
                    .append(event.path("data").path("revision").asInt()).append(' ')
                    .append(event.path("data").path("articleId").asText()).append(" answered ").append(request.answered())
                    .append(validSignature(secret, request) ? "" : " (not signed with this webhook's secret)");
        }
        seen.append("\ndeliveries: ").append(given().auth().oauth2(ADMIN)
                .when().get("/api/v1/webhooks/" + webhookId + "/deliveries?limit=100").then().extract().asString());
        seen.append("\nwebhooks: ").append(given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks").then()
                .extract().asString());
        return seen.toString();
    }

    @Test
    void shouldDeliverEveryEventInOrderAndSignedOnceTheReceiverComesBack() throws Exception {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        try (Receiver receiver = Receiver.failingFirst(3)) {
            JsonPath webhook = register(Map.of("url", receiver.url(), "sections", List.of("culture"), "secret", secret));
            String id = webhook.getString("id");
            try {
                Instant start = Time.micros(Instant.now());
                String first = live("culture");
                String second = live("culture");
                live("sport"); // another section: never sent to this webhook
                patch(first, Map.of("headline", unique("Culture story rewritten")));
                unpublish(second);
                patch(first, Map.of("standfirst", "A second edit."));
                delete(first);
                publish(second);

                dispatchUntilQuiet(start, Duration.ofMinutes(10), 12);

                String seen = describe(secret, receiver, id);
                assertEquals(List.of("article.published@1", "article.updated@2", "article.updated@3",
                        "article.deleted@4"), eventsOf(receiver, first), seen);
                assertEquals(List.of("article.published@1", "article.unpublished@2", "article.published@3"),
                        eventsOf(receiver, second), seen);
                assertEquals(7, receiver.accepted().size(), seen);
                assertEquals(10, receiver.requests().size(), "three refusals, then each event once: " + seen);
                for (Receiver.Request request : receiver.requests()) {
                    assertTrue(validSignature(secret, request), "signature of " + request.id());
                }
                // A refused event came again with the same webhook-id.
                String refused = receiver.requests().get(0).id();
                assertTrue(receiver.accepted().stream().anyMatch(r -> r.id().equals(refused)));

                given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks/" + id + "/deliveries?limit=100").then()
                        .statusCode(200)
                        .body("items.size()", equalTo(7))
                        .body("items.status", everyItem(equalTo("delivered")))
                        .body("items.attempts.sum()", equalTo(10))
                        .body("items.find { it.messageId == '" + refused + "' }.attemptLog[0].status", equalTo(503))
                        .body("items.find { it.messageId == '" + refused + "' }.attemptLog[-1].status", equalTo(204));
            } finally {
                unregister(id);
            }
        }
    }

    /**
     * A send that takes long must not let another dispatcher (another node, or a run whose clock has
     * moved on past where a whole batch's claim would have ended) send the same event again, or the
     * story's next event ahead of it.
     */
    @Test
    void shouldSendEachEventOnceAndInOrderWhileAnotherDispatcherRunsDuringASlowSend() throws Exception {
        try (Receiver receiver = Receiver.holdingFirst()) {
            String id = register(Map.of("url", receiver.url(), "sections", List.of("culture"))).getString("id");
            try {
                Instant start = Time.micros(Instant.now());
                String slow = live("culture");
                patch(slow, Map.of("standfirst", "Edited while its first event is on the way."));
                String other = live("culture");

                java.util.concurrent.CompletableFuture<Integer> first = java.util.concurrent.CompletableFuture
                        .supplyAsync(() -> dispatcher.dispatchDue(start.plusSeconds(30)));
                receiver.awaitFirst();
                // The other dispatcher runs 45 s later by its clock, while the first send still waits.
                int second = dispatcher.dispatchDue(start.plusSeconds(75));
                receiver.release();
                first.get(60, java.util.concurrent.TimeUnit.SECONDS);
                dispatchUntilQuiet(start.plusSeconds(75), Duration.ofMinutes(1), 2);

                assertEquals(1, second, "only the other story's event was free to go");
                assertEquals(List.of("article.published@1", "article.updated@2"), eventsOf(receiver, slow));
                assertEquals(List.of("article.published@1"), eventsOf(receiver, other));
                List<String> ids = receiver.requests().stream().map(Receiver.Request::id).toList();
                assertEquals(3, ids.size(), "each event once: " + ids);
                assertEquals(3, new java.util.HashSet<>(ids).size(), "each event once: " + ids);
            } finally {
                unregister(id);
            }
        }
    }

    @Test
    void shouldGiveUpAfterTheRetryTimeLetLaterEventsThroughAndReplay() throws Exception {
        try (Receiver receiver = Receiver.down()) {
            String id = register(Map.of("url", receiver.url(), "sections", List.of("culture"),
                    "events", List.of("article.published", "article.updated"))).getString("id");
            try {
                Instant start = Time.micros(Instant.now());
                String story = live("culture");
                patch(story, Map.of("standfirst", "Edited while the receiver is down."));
                // Retried while the receiver stays down, past the retry time (6 hours in tests).
                Instant later = dispatchUntilQuiet(start, Duration.ofHours(1), 8);
                List<Map<String, Object>> deliveries = given().auth().oauth2(ADMIN)
                        .when().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                        .extract().path("items");
                Map<String, Object> published = deliveries.stream()
                        .filter(d -> "article.published".equals(d.get("eventType"))).findFirst().orElseThrow();
                Map<String, Object> updated = deliveries.stream()
                        .filter(d -> "article.updated".equals(d.get("eventType"))).findFirst().orElseThrow();
                assertEquals("failed", published.get("status"));
                assertEquals("failed", updated.get("status"), "went ahead once the earlier one gave up, and failed too");
                assertTrue((Integer) published.get("attempts") > 2);

                receiver.comeBack();
                given().auth().oauth2(ADMIN)
                        .when().post("/api/v1/webhooks/" + id + "/deliveries/" + published.get("id") + "/replay")
                        .then().statusCode(202).body("status", equalTo("pending")).body("nextAttemptAt", notNullValue());
                given().auth().oauth2(ADMIN)
                        .when().post("/api/v1/webhooks/" + id + "/deliveries/" + published.get("id") + "/replay")
                        .then().statusCode(409).contentType("application/problem+json")
                        .body("type", equalTo("/problems/conflict"));
                dispatchUntilQuiet(later, Duration.ofMinutes(1), 1);
                assertEquals(List.of("article.published@1"), eventsOf(receiver, story));
                assertEquals(published.get("messageId"), receiver.accepted().get(0).id());
            } finally {
                unregister(id);
            }
        }
    }

    @Test
    void shouldCancelPendingDeliveriesWhenAWebhookIsDeleted() throws Exception {
        try (Receiver receiver = Receiver.failingFirst(0)) {
            String id = register(Map.of("url", receiver.url(), "sections", List.of("culture"))).getString("id");
            live("culture");
            unregister(id);
            dispatchUntilQuiet(Time.micros(Instant.now()), Duration.ofMinutes(1), 1);
            assertEquals(List.of(), receiver.requests());
            given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        }
    }

    @Test
    void shouldShowTheSecretOnceAndManageWebhooks() {
        String url = "https://hooks.example.org/" + unique("newsdesk");
        Map<String, Object> body = new HashMap<>(Map.of("url", url, "events", List.of("Article.Published", "article.deleted"),
                "description", "Harbour Gazette"));
        var created = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/webhooks").then().statusCode(201)
                .header("Location", notNullValue())
                .body("secret", startsWith("whsec_"))
                .body("events", equalTo(List.of("article.published", "article.deleted")))
                .extract().jsonPath();
        String id = created.getString("id");
        given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks").then().statusCode(200)
                .body("items.url", hasItem(url)).body("items.secret", everyItem(nullValue()));
        given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("url", equalTo(url)).body("secret", nullValue()).body("description", equalTo("Harbour Gazette"));
        unregister(id);
        given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(ADMIN).when().delete("/api/v1/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks").then().body("items.id", not(hasItem(id)));
        given().auth().oauth2(ADMIN).when().post("/api/v1/webhooks/not-an-id/deliveries/also-not/replay").then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldValidateWebhookRegistrations() {
        String ok = "https://hooks.example.org/newsdesk";
        expectInvalid(Map.of("url", "ftp://hooks.example.org/newsdesk"), "/url");
        expectInvalid(Map.of("url", "not a url at all"), "/url");
        expectInvalid(Map.of("events", List.of("article.published")), "/url");
        expectInvalid(Map.of("url", ok, "events", List.of("article.published", "article.renamed")), "/events/1");
        expectInvalid(Map.of("url", ok, "sections", List.of("gardening")), "/sections/0");
        expectInvalid(Map.of("url", ok, "secret", "plain-text-secret"), "/secret");
        expectInvalid(Map.of("url", ok, "secret", "whsec_" + Base64.getEncoder().encodeToString(new byte[8])), "/secret");
    }

    private static void expectInvalid(Map<String, Object> body, String pointer) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].pointer", equalTo(pointer));
    }

    @Test
    void shouldLetOnlyAdminsManageWebhooks() {
        given().auth().oauth2(token("editor")).when().get("/api/v1/webhooks").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
        given().when().get("/api/v1/webhooks").then().statusCode(401);
    }
}
