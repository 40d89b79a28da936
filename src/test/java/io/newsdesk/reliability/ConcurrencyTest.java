package io.newsdesk.reliability;

import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Real threads against the running app, lined up on a barrier so that their requests overlap: no update is
 * lost, counts stay exact, the change feed ends where the story is, and duplicate creations have one winner.
 */
@QuarkusTest
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Answer(int status, JsonNode body, String etag) {
    }

    @Test
    void shouldLoseNoUpdateWhenEightEditorsEditOneStoryWithIfMatch() throws Exception {
        String id = published(story(unique("Contended story")));
        int first = asEditor().when().get("/api/v1/articles/" + id).then().extract().path("revision");
        int editsEach = 3;
        String editor = Api.editor();
        List<List<Integer>> won = together(THREADS, t -> {
            List<Integer> revisions = new ArrayList<>();
            int stale = 0;
            while (revisions.size() < editsEach) {
                Answer current = send("GET", "/api/v1/articles/" + id, editor, null, null, Map.of());
                String standfirst = "Edit " + (revisions.size() + 1) + " by editor " + t + ".";
                Answer answer = send("PATCH", "/api/v1/articles/" + id, editor, "application/merge-patch+json",
                        Map.of("standfirst", standfirst), Map.of("If-Match", current.etag()));
                if (answer.status() == 200) {
                    revisions.add(answer.body().get("revision").asInt());
                } else if (answer.status() == 412) {
                    assertTrue(++stale < 500, "editor " + t + " never got through");
                } else {
                    throw new AssertionError("editor " + t + " got " + answer.status() + " " + answer.body());
                }
            }
            return revisions;
        });
        List<Integer> all = won.stream().flatMap(List::stream).sorted().toList();
        List<Integer> expected = new ArrayList<>();
        for (int r = first + 1; r <= first + THREADS * editsEach; r++) {
            expected.add(r);
        }
        assertEquals(expected, all, "every successful edit is its own revision, with none lost or repeated");
        asEditor().when().get("/api/v1/articles/" + id).then().body("revision", org.hamcrest.Matchers.equalTo(first + THREADS * editsEach));

        List<Integer> history = new ArrayList<>();
        Set<String> standfirsts = new HashSet<>();
        String cursor = null;
        do {
            var request = asEditor().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/v1/articles/" + id + "/revisions").then().statusCode(200).extract();
            history.addAll(page.path("items.revision"));
            standfirsts.addAll(page.path("items.article.standfirst"));
            cursor = page.path("next");
        } while (cursor != null);
        List<Integer> gapless = new ArrayList<>();
        for (int r = 1; r <= first + THREADS * editsEach; r++) {
            gapless.add(r);
        }
        assertEquals(gapless, history.stream().sorted().toList(), "the revision history has no gap");
        for (int t = 0; t < THREADS; t++) {
            for (int e = 1; e <= editsEach; e++) {
                assertTrue(standfirsts.contains("Edit " + e + " by editor " + t + "."), "edit " + e + " of editor " + t + " is lost");
            }
        }
    }

    @Test
    void shouldKeepTheReviewSummaryExactUnderConcurrentSubmissionsAndModeration() throws Exception {
        String id = published(story(unique("Much reviewed story")));
        String moderator = Api.token("moderator");
        int each = 3;
        List<List<String>> submitted = together(THREADS, t -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                Map<String, Object> review = Map.of("rating", 1 + (t + i) % 5, "authorName", "Reader " + t,
                        "body", "A considered opinion on the story, number " + i + " from reader " + t + " " + unique("r") + ".");
                Answer answer = send("POST", "/api/v1/articles/" + id + "/reviews", null, "application/json", review,
                        Map.of("X-Forwarded-For", Api.clientAddress()));
                assertEquals(202, answer.status(), String.valueOf(answer.body()));
                ids.add(answer.body().get("id").asText());
            }
            return ids;
        });
        List<String> reviews = submitted.stream().flatMap(List::stream).toList();
        // Every moderator takes every review in turn, so decisions on the same review overlap: approvals,
        // rejections and bulk decisions race one another.
        together(THREADS, t -> {
            for (int i = 0; i < reviews.size(); i++) {
                String review = reviews.get((i + t * 3) % reviews.size());
                String status = (i + t) % 3 == 0 ? "rejected" : "approved";
                if (t % 2 == 0) {
                    Answer current = send("GET", "/api/v1/reviews/" + review, moderator, null, null, Map.of());
                    Answer answer = send("PATCH", "/api/v1/reviews/" + review, moderator, "application/json",
                            Map.of("status", status), Map.of("If-Match", current.etag()));
                    assertTrue(answer.status() == 200 || answer.status() == 412, answer.status() + " " + answer.body());
                } else {
                    Answer answer = send("POST", "/api/v1/reviews/moderation", moderator, "application/json",
                            Map.of("ids", List.of(review), "status", status), Map.of());
                    assertTrue(answer.status() == 200 || answer.status() == 412, answer.status() + " " + answer.body());
                }
            }
            return null;
        });
        long count = 0;
        long sum = 0;
        for (String review : reviews) {
            var one = given().auth().oauth2(moderator).when().get("/api/v1/reviews/" + review).then().statusCode(200).extract();
            if ("approved".equals(one.path("status"))) {
                count++;
                sum += (int) one.path("rating");
            }
        }
        var summary = given().when().get("/api/v1/articles/" + id + "/reviews").then().statusCode(200).extract();
        assertEquals(count, ((Number) summary.path("summary.count")).longValue(), "approved reviews counted again");
        BigDecimal average = count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
        Object shown = summary.path("summary.average");
        assertEquals(average, shown == null ? null : new BigDecimal(shown.toString()).setScale(1, RoundingMode.HALF_UP));
        asEditor().when().get("/api/v1/articles/" + id).then()
                .body("reviewSummary.count", org.hamcrest.Matchers.equalTo((int) count));
    }

    @Test
    void shouldEndTheChangeFeedWhereEachStoryEndsUnderConcurrentPublishUnpublishAndDelete() throws Exception {
        String editor = Api.editor();
        List<String> stories = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            stories.add(published(story(unique("Flip-flop story"))));
        }
        together(THREADS, t -> {
            for (String id : stories) {
                for (int round = 0; round < 3; round++) {
                    int move = ThreadLocalRandom.current().nextInt(10);
                    String path = "/api/v1/articles/" + id + (move < 5 ? "/publish" : move < 9 ? "/unpublish" : "");
                    Answer answer = send(move < 9 ? "POST" : "DELETE", path, editor, null, null, Map.of());
                    assertTrue(Set.of(200, 204, 409, 410, 412).contains(answer.status()),
                            path + " got " + answer.status() + " " + answer.body());
                }
            }
            return null;
        });
        Map<String, List<JsonNode>> feed = new HashMap<>();
        String partner = Api.token("partner");
        String after = null;
        for (int page = 0; page < 10_000; page++) {
            String path = "/api/v1/changes?limit=100" + (after == null ? "" : "&after=" + after);
            Answer answer = send("GET", path, partner, null, null, Map.of());
            assertEquals(200, answer.status(), String.valueOf(answer.body()));
            for (JsonNode item : answer.body().get("items")) {
                feed.computeIfAbsent(item.get("articleId").asText(), k -> new ArrayList<>()).add(item);
            }
            if (answer.body().get("items").isEmpty() || answer.body().get("next").isNull()) {
                break;
            }
            after = answer.body().get("next").asText();
        }
        Map<String, String> mismatches = new TreeMap<>();
        for (String id : stories) {
            var story = asEditor().when().get("/api/v1/articles/" + id).then().extract();
            List<JsonNode> entries = feed.getOrDefault(id, List.of());
            JsonNode last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            String lastType = last == null ? "none" : last.get("type").asText();
            String state = story.statusCode() == 410 ? "deleted" : story.statusCode() == 200 ? story.path("status") : "?" + story.statusCode();
            boolean consistent = switch (state) {
                case "published" -> Set.of("published", "updated").contains(lastType)
                        && last.get("revision").asInt() == (int) story.path("revision");
                case "unpublished" -> lastType.equals("unpublished");
                case "deleted" -> Set.of("deleted", "unpublished").contains(lastType);
                default -> false;
            };
            int previous = 0;
            for (JsonNode entry : entries) {
                if (entry.hasNonNull("revision")) {
                    consistent &= entry.get("revision").asInt() > previous;
                    previous = entry.get("revision").asInt();
                }
            }
            if (!consistent) {
                mismatches.put(id, "story is " + state + ", feed says " + entries.stream().map(e -> e.get("type").asText()
                        + "@" + e.path("revision").asText()).toList());
            }
        }
        assertEquals(Map.of(), mismatches);
    }

    @Test
    void shouldGiveOneWinnerAndClearConflictsToConcurrentCreationsOfTheSameSlug() throws Exception {
        String editor = Api.editor();
        String slug = unique("same-slug");
        List<Answer> stories = together(THREADS, t -> {
            Map<String, Object> story = story(unique("Same slug story"));
            story.put("slug", slug);
            return send("POST", "/api/v1/articles", editor, "application/json", story, Map.of());
        });
        assertOneWinner("story slug", stories, 201);

        String section = "same-" + unique("section").replace("section-", "");
        List<Answer> sections = together(THREADS, t -> send("POST", "/api/v1/sections", ADMIN, "application/json",
                Map.of("slug", section, "name", "Same section " + t), Map.of()));
        assertOneWinner("section slug", sections, 201);
    }

    @Test
    void shouldFileConcurrentQuotesOfANewSpeakerUnderOneSpeaker() throws Exception {
        String editor = Api.editor();
        String name = "Orla " + unique("Quint").replace("-", "");
        List<String> stories = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Map<String, Object> story = story(unique("Speaker race story"));
            story.put("body", List.of(Map.of("type", "paragraph", "text", name + " said: \u201cThe bridge opens in May.\u201d")));
            stories.add(published(story));
        }
        List<Answer> quotes = together(THREADS, t -> send("POST", "/api/v1/articles/" + stories.get(t) + "/quotes", editor,
                "application/json", Map.of("text", "The bridge opens in May.", "speaker", Map.of("name", name)), Map.of()));
        Map<Integer, Integer> statuses = new TreeMap<>();
        quotes.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 201 || s == 409), "answers: " + statuses);
        for (Answer conflict : quotes.stream().filter(a -> a.status() == 409).toList()) {
            assertEquals("/problems/conflict", conflict.body().get("type").asText().replaceAll("/problems/.*conflict.*", "/problems/conflict"));
        }
        Set<String> speakers = new HashSet<>();
        quotes.stream().filter(a -> a.status() == 201).forEach(a -> speakers.add(a.body().get("speaker").get("slug").asText()));
        assertEquals(1, speakers.size(), "one speaker for one name: " + speakers);
    }

    private static void assertOneWinner(String what, List<Answer> answers, int created) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        assertEquals(Map.of(created, 1, 409, answers.size() - 1), statuses, what + ": one creation, the others 409");
        for (Answer answer : answers) {
            if (answer.status() == 409) {
                assertEquals(409, answer.body().get("status").asInt());
                assertTrue(answer.body().hasNonNull("detail"), "a 409 says why");
            }
        }
    }

    /** Runs the task on {@code n} threads that start together, and answers their results in thread order. */
    static <T> List<T> together(int n, IntFunction<T> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int t = i;
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return task.apply(t);
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private Answer send(String method, String path, String token, String contentType, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json, response.headers().firstValue("ETag").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

}
