package io.newsdesk.change;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A write that waits longer than the lock timeout for a lock other writes hold (here the change log's head,
 * which every story write takes) saves nothing and says so: 503 /problems/busy with Retry-After through the
 * API, a busy line (after retries) in a bulk import, never a 500 or a conflict that is not one.
 */
@QuarkusTest
@TestProfile(LockTimeoutProfile.class)
class LockContentionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ChangeLogRepository entries;

    /** The change log's head, locked by a transaction of the test's own until {@link #close()}. */
    private final class HeldHead implements AutoCloseable {
        private final CountDownLatch locked = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    entries.lockHead();
                    locked.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));

        HeldHead() throws InterruptedException {
            if (!locked.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the head was not locked");
            }
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldAnswerBusyAndSaveNothingWhenAWriteWaitsTooLongForALock() throws Exception {
        Map<String, Object> story = story(unique("Ferry timetable held up"));
        String slug = unique("ferry-timetable");
        story.put("slug", slug);
        try (HeldHead held = new HeldHead()) {
            Api.create(story).statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("/problems/busy")).body("status", equalTo(503));
        }
        // Nothing was saved: the slug is free, and the same request now succeeds.
        Api.create(story).statusCode(201).body("slug", equalTo(slug)).body("revision", equalTo(1));
    }

    @Test
    void shouldRetryAnImportLineAndReportItBusyRatherThanAConflict() throws Exception {
        String first = unique("Harbour dredging import");
        String second = unique("Lighthouse repairs import");
        String ndjson = line(first) + "\n" + line(second) + "\n";
        try (HeldHead held = new HeldHead()) {
            List<JsonNode> results = importLines(ndjson);
            assertEquals(2, results.size(), String.valueOf(results));
            for (JsonNode result : results) {
                assertEquals("problem", result.path("result").asText(), String.valueOf(result));
                assertEquals("/problems/busy", result.path("problem").path("type").asText(), String.valueOf(result));
                assertEquals(503, result.path("problem").path("status").asInt(), String.valueOf(result));
            }
        }
        // Nothing of either line was saved, so the same import creates both.
        List<JsonNode> again = importLines(ndjson);
        assertEquals(List.of("created", "created"), again.stream().map(r -> r.path("result").asText()).toList(),
                String.valueOf(again));
        assertEquals(1, again.get(0).path("revision").asInt());
    }

    private static String line(String headline) throws Exception {
        Map<String, Object> story = story(headline);
        story.put("status", "published");
        return JSON.writeValueAsString(story);
    }

    private static List<JsonNode> importLines(String ndjson) throws Exception {
        String answer = asEditor().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/import").then().statusCode(200).extract().asString();
        return answer.lines().filter(l -> l.contains("\"line\"")).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
