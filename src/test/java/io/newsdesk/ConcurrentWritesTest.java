package io.newsdesk;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two requests racing for the same unique thing: one wins, the other gets a 409 problem and saves
 * nothing; neither gets a 500. Each race runs several rounds so that the two really overlap.
 */
@QuarkusTest
class ConcurrentWritesTest {
    private static final int ROUNDS = 8;
    private ExecutorService pool;

    @BeforeEach
    void start() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Runs both requests of each round at the same instant; returns each round's two answers. */
    private List<List<ExtractableResponse<Response>>> race(IntFunction<List<java.util.function.Supplier<ExtractableResponse<Response>>>> round)
            throws Exception {
        List<List<ExtractableResponse<Response>>> answers = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            List<java.util.function.Supplier<ExtractableResponse<Response>>> requests = round.apply(r);
            CyclicBarrier start = new CyclicBarrier(requests.size());
            List<Future<ExtractableResponse<Response>>> running = new ArrayList<>();
            for (var request : requests) {
                running.add(pool.submit(() -> {
                    start.await();
                    return request.get();
                }));
            }
            List<ExtractableResponse<Response>> results = new ArrayList<>();
            for (var future : running) {
                results.add(future.get());
            }
            answers.add(results);
        }
        return answers;
    }

    private static void assertOneWinsOrBoth(List<List<ExtractableResponse<Response>>> rounds, int won, boolean bothMayWin) {
        for (List<ExtractableResponse<Response>> round : rounds) {
            List<Integer> statuses = round.stream().map(ExtractableResponse::statusCode).sorted().toList();
            for (ExtractableResponse<Response> answer : round) {
                assertTrue(answer.statusCode() == won || answer.statusCode() == 409, "answered " + answer.statusCode()
                        + ": " + answer.asString());
                if (answer.statusCode() == 409) {
                    assertEquals("application/problem+json", answer.contentType().split(";")[0]);
                    assertTrue(answer.path("type").toString().startsWith("/problems/"), answer.asString());
                }
            }
            if (!bothMayWin) {
                assertEquals(List.of(won, 409), statuses);
            }
        }
    }

    @Test
    void shouldAnswerTheLoserOfASlugRaceWithAConflict() throws Exception {
        assertOneWinsOrBoth(race(r -> {
            Map<String, Object> story = story(unique("Racing story"));
            story.put("slug", unique("racing-slug"));
            return List.of(() -> create(story), () -> create(story));
        }), 201, false);
    }

    @Test
    void shouldAnswerTheLoserOfASectionRaceWithAConflict() throws Exception {
        assertOneWinsOrBoth(race(r -> {
            Map<String, Object> section = Map.of("slug", unique("racing").toLowerCase(), "name", "Racing desk");
            return List.of(() -> post("/api/v1/sections", section), () -> post("/api/v1/sections", section));
        }), 201, false);
    }

    @Test
    void shouldNeverFailWhenTwoQuotesIntroduceTheSameNewSpeaker() throws Exception {
        assertOneWinsOrBoth(race(r -> {
            String speaker = "Racing " + unique("Speaker").replace("-", "");
            String first = published(story(unique("First quoting story")));
            String second = published(story(unique("Second quoting story")));
            Map<String, Object> quote = Map.of("text", "The council met on Tuesday", "speaker", Map.of("name", speaker));
            return List.of(() -> post("/api/v1/articles/" + first + "/quotes", quote),
                    () -> post("/api/v1/articles/" + second + "/quotes", quote));
        }), 201, true);
    }

    @Test
    void shouldNeverFailWhenTwoEditorsCloseAStoryForReviewsAtOnce() throws Exception {
        assertOneWinsOrBoth(race(r -> {
            String id = published(story(unique("Story closed twice")));
            return List.of(() -> put("/api/v1/articles/" + id + "/reviews/settings", Map.of("closed", true)),
                    () -> put("/api/v1/articles/" + id + "/reviews/settings", Map.of("closed", true)));
        }), 200, true);
    }

    @Test
    void shouldNeverFailWhenTwoEditorsPickRelatedStoriesAtOnce() throws Exception {
        assertOneWinsOrBoth(race(r -> {
            String id = published(story(unique("Story with picks")));
            String a = published(story(unique("First pick")));
            String b = published(story(unique("Second pick")));
            return List.of(() -> put("/api/v1/articles/" + id + "/related", Map.of("ids", List.of(a))),
                    () -> put("/api/v1/articles/" + id + "/related", Map.of("ids", List.of(b))));
        }), 200, true);
    }

    @Test
    void shouldNeverFailWhenASectionIsDeletedWhileAStoryIsFiledInIt() throws Exception {
        for (List<ExtractableResponse<Response>> round : race(r -> {
            String slug = unique("fleeting").toLowerCase();
            post("/api/v1/sections", Map.of("slug", slug, "name", "Fleeting desk")).statusCode();
            Map<String, Object> story = story(unique("Filed in a fleeting desk"));
            story.put("section", slug);
            return List.of(() -> create(story), () -> asEditor().when().delete("/api/v1/sections/" + slug).then().extract());
        })) {
            Set<Integer> allowed = Set.of(201, 204, 400, 409);
            for (ExtractableResponse<Response> answer : round) {
                assertTrue(allowed.contains(answer.statusCode()), "answered " + answer.statusCode() + ": " + answer.asString());
            }
        }
    }

    private static ExtractableResponse<Response> create(Map<String, Object> story) {
        return post("/api/v1/articles", story);
    }

    private static ExtractableResponse<Response> post(String path, Object body) {
        return asEditor().contentType(ContentType.JSON).body(body).when().post(path).then().extract();
    }

    private static ExtractableResponse<Response> put(String path, Object body) {
        return asEditor().contentType(ContentType.JSON).body(body).when().put(path).then().extract();
    }
}
