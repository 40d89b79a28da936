package io.newsdesk.webhook;

import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.support.Api;
import io.newsdesk.reliability.OutageProfile;
import io.newsdesk.reliability.PrivatePostgres;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under traffic and comes back: answers are quick 503 problems meanwhile, readiness
 * fails, the app recovers by itself, every write that got a 2xx is there afterwards, and the webhooks of
 * the stories published around the outage are delivered.
 */
@QuarkusTest
@TestProfile(OutageProfile.class)
class DatabaseOutageTest {
    private static final int WRITERS = 3;
    private static final int READERS = 2;
    private static final AtomicLong READS = new AtomicLong();
    /** No answer may take longer than the pool's acquisition timeout and this margin for a loaded machine. */
    private static final Duration SLOWEST_ALLOWED = Duration.ofSeconds(OutageProfile.ACQUISITION_SECONDS + 8);

    @Inject
    WebhookDispatcher dispatcher;

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    record Answer(String what, int status, Duration took, String retryAfter, String contentType) {
    }

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownThenRecoverWithNoWriteOrWebhookLost() throws Exception {
        String editor = Api.editor();
        try (Receiver hooks = Receiver.failingFirst(0)) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("url", hooks.url()))
                    .when().post("/api/v1/webhooks").then().statusCode(201);

            List<Answer> answers = new CopyOnWriteArrayList<>();
            Set<String> committed = ConcurrentHashMap.newKeySet();
            AtomicBoolean running = new AtomicBoolean(true);
            CyclicBarrier lineUp = new CyclicBarrier(WRITERS + READERS + 1);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                threads.add(started("writer-" + i, () -> write(editor, lineUp, running, answers, committed)));
            }
            for (int i = 0; i < READERS; i++) {
                threads.add(started("reader-" + i, () -> read(lineUp, running, answers)));
            }
            lineUp.await();
            waitFor("writes before the outage", Duration.ofSeconds(60), () -> committed.size() >= 6);

            PrivatePostgres.stopServer("fast");
            int before = answers.size();
            given().when().get("/api/v1/articles").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue())
                    .body("status", equalTo(503)).body("type", equalTo("/problems/unavailable"));
            given().auth().oauth2(editor).contentType(ContentType.JSON).body(story(unique("Outage story")))
                    .when().post("/api/v1/articles").then().statusCode(503).header("Retry-After", notNullValue());
            given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().when().get("/q/health/live").then().statusCode(200);
            try {
                dispatcher.dispatchDue(Instant.now());
            } catch (RuntimeException expected) {
                // Nothing can be sent while the outbox cannot be read; the deliveries wait in the database.
            }
            waitFor("answers during the outage", Duration.ofSeconds(60),
                    () -> answers.subList(before, answers.size()).stream().filter(a -> a.status() == 503).count() >= 10);

            PrivatePostgres.startServer();
            waitFor("readiness after the outage", Duration.ofSeconds(90),
                    () -> given().when().get("/q/health/ready").then().extract().statusCode() == 200);
            int recovered = answers.size();
            waitFor("writes after the outage", Duration.ofSeconds(60),
                    () -> answers.subList(recovered, answers.size()).stream()
                            .filter(a -> a.what().equals("write") && a.status() == 201).count() >= 6);
            running.set(false);
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(30).toMillis());
            }

            Map<String, Integer> statuses = new TreeMap<>();
            answers.forEach(a -> statuses.merge(a.what() + " " + a.status(), 1, Integer::sum));
            for (Answer answer : answers) {
                assertTrue(Set.of(200, 201, 503).contains(answer.status()), "unexpected answer " + answer + " in " + statuses);
                assertTrue(answer.took().compareTo(SLOWEST_ALLOWED) <= 0, "too slow: " + answer);
                if (answer.status() == 503) {
                    assertEquals("application/problem+json", answer.contentType(), answer.toString());
                    assertTrue(answer.retryAfter() != null, "no Retry-After: " + answer);
                }
            }
            assertTrue(statuses.getOrDefault("write 503", 0) > 0 && statuses.getOrDefault("read 503", 0) > 0,
                    "the outage was not seen: " + statuses);

            for (String id : committed) {
                given().auth().oauth2(editor).when().get("/api/v1/articles/" + id).then().statusCode(200);
            }
            for (int round = 0; round < 20 && dispatcher.dispatchDue(Instant.now()) > 0; round++) {
                // each round sends a batch of due deliveries
            }
            Set<String> delivered = new java.util.HashSet<>();
            for (Receiver.Request request : hooks.accepted()) {
                delivered.add(json.readTree(request.body()).findValue("articleId").asText());
            }
            List<String> missing = committed.stream().filter(id -> !delivered.contains(id)).toList();
            assertEquals(List.of(), missing, "published stories whose webhook never came; statuses " + statuses);
        }
    }

    private void write(String editor, CyclicBarrier lineUp, AtomicBoolean running, List<Answer> answers, Set<String> committed) {
        await(lineUp);
        while (running.get()) {
            Map<String, Object> story = story(unique("Outage traffic story"));
            story.put("status", "published");
            try {
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/articles"))
                        .header("Authorization", "Bearer " + editor).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(story))).build();
                Instant start = Instant.now();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                answers.add(answer("write", response, start));
                if (response.statusCode() == 201) {
                    committed.add(json.readTree(response.body()).get("id").asText());
                }
            } catch (Exception e) {
                answers.add(new Answer("write failed: " + e, -1, Duration.ZERO, null, null));
            }
        }
    }

    private void read(CyclicBarrier lineUp, AtomicBoolean running, List<Answer> answers) {
        await(lineUp);
        while (running.get()) {
            try {
                // Each read its own list (a since older than every story), so each asks the database: a
                // list served from the cache is a 200 whatever the database does.
                String since = Instant.EPOCH.plusSeconds(READS.incrementAndGet()).toString();
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/articles?limit=5&since=" + since))
                        .GET().build();
                Instant start = Instant.now();
                answers.add(answer("read", http.send(request, HttpResponse.BodyHandlers.ofString()), start));
            } catch (Exception e) {
                answers.add(new Answer("read failed: " + e, -1, Duration.ZERO, null, null));
            }
        }
    }

    private static Answer answer(String what, HttpResponse<String> response, Instant start) {
        return new Answer(what, response.statusCode(), Duration.between(start, Instant.now()),
                response.headers().firstValue("Retry-After").orElse(null),
                response.headers().firstValue("Content-Type").orElse(null));
    }

    private static Thread started(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a condition the app reaches by itself, checking every 200 ms, and fails past the limit. */
    static void waitFor(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("gave up waiting for " + what + " after " + limit);
            }
            Thread.sleep(200);
        }
    }
}
