package io.newsdesk.change;

import io.newsdesk.feed.Feed;
import io.newsdesk.change.ChangeLog;
import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.editor;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.token;
import static io.newsdesk.support.Api.unique;
import static io.newsdesk.support.EditorDesk.delete;
import static io.newsdesk.support.EditorDesk.draft;
import static io.newsdesk.support.EditorDesk.live;
import static io.newsdesk.support.EditorDesk.patch;
import static io.newsdesk.support.EditorDesk.publish;
import static io.newsdesk.support.EditorDesk.unpublish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.common.Time;
import java.time.Instant;
import io.newsdesk.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTest {

    @Inject
    ChangeLog changeLog;

    private static String partnerKey(List<String> sections) {
        Map<String, Object> body = new HashMap<>(Map.of("name", unique("Feed partner"), "role", "partner"));
        if (sections != null) {
            body.put("sections", sections);
        }
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");
    }

    @Test
    void shouldShowEditorsEveryChangeInOrder() {
        FeedPoller feed = FeedPoller.fromNow(editor());
        String id = draft("politics");
        patch(id, Map.of("headline", unique("Edited draft")));
        publish(id);
        unpublish(id);
        delete(id);
        feed.poll(2);
        assertEquals(List.of("created@1", "updated@2", "published@3", "unpublished@4", "deleted@5"), feed.of(id));
        Map<String, Object> first = feed.seen().stream().filter(c -> id.equals(c.get("articleId"))).findFirst().orElseThrow();
        assertEquals("article", first.get("entity"));
        assertEquals(id, first.get("id"));
        assertEquals("politics", first.get("section"));
        assertTrue(((String) first.get("slug")).startsWith("syndicated-story"));
    }

    @Test
    void shouldRecordQuoteChangesInTheirStorysFeed() {
        FeedPoller partner = FeedPoller.fromNow(partnerKey(null));
        String id = live("politics");
        String quote = Api.asEditor().contentType(ContentType.JSON)
                .body(Map.of("text", "The council met on Tuesday", "speaker", Map.of("name", "Agnes Holm")))
                .when().post("/api/v1/articles/" + id + "/quotes").then().statusCode(201).extract().path("id");
        Api.asEditor().when().delete("/api/v1/quotes/" + quote).then().statusCode(204);
        partner.poll(2);
        List<String> quoteChanges = partner.seen().stream().filter(c -> quote.equals(c.get("id")))
                .map(c -> c.get("entity") + "." + c.get("type")).toList();
        assertEquals(List.of("quote.created", "quote.deleted"), quoteChanges);
        assertEquals("published@1", partner.of(id).get(0));
    }

    @Test
    void shouldShowPartnersOnlyChangesReadersCouldSee() {
        FeedPoller partner = FeedPoller.fromNow(partnerKey(null));
        String drafted = draft("politics");
        patch(drafted, Map.of("standfirst", "Still a draft."));
        publish(drafted);
        unpublish(drafted);
        delete(drafted);
        String created = live("politics");
        patch(created, Map.of("standfirst", "Changed while public."));
        delete(created);
        partner.poll(20);
        assertEquals(List.of("published@3", "unpublished@4"), partner.of(drafted));
        assertEquals(List.of("published@1", "updated@2", "deleted@3"), partner.of(created));
    }

    @Test
    void shouldLimitPartnerKeysToTheirSectionsAndTellThemWhatLeaves() {
        FeedPoller science = FeedPoller.fromNow(partnerKey(List.of("science")));
        String politics = live("politics");
        String moving = live("science");
        patch(moving, Map.of("section", "politics"));
        patch(moving, Map.of("section", "science"));
        science.poll(20);
        assertEquals(List.of(), science.of(politics));
        assertEquals(List.of("published@1", "unpublished@2", "published@3"), science.of(moving));
        assertTrue(science.seen().stream().allMatch(c -> "science".equals(c.get("section"))
                || "unpublished".equals(c.get("type")) || "deleted".equals(c.get("type"))));
    }

    @Test
    void shouldLeaveAPollingPartnerWithExactlyTheEditorsFinalState() {
        String partnerToken = partnerKey(List.of("politics", "world"));
        FeedPoller feed = FeedPoller.fromNow(partnerToken);
        Map<String, String> mirror = new HashMap<>();
        List<String> ids = new ArrayList<>();
        Runnable sync = () -> {
            for (Map<String, Object> change : feed.poll(3)) {
                String id = (String) change.get("articleId");
                switch ((String) change.get("type")) {
                    case "unpublished", "deleted" -> mirror.remove(id);
                    default -> {
                        var answer = given().auth().oauth2(partnerToken).when().get("/api/v1/articles/" + id).then()
                                .extract();
                        if (answer.statusCode() == 200) {
                            mirror.put(id, answer.path("headline"));
                        } else {
                            assertEquals(404, answer.statusCode());
                            mirror.remove(id);
                        }
                    }
                }
            }
        };
        String a = live("politics");
        String b = draft("world");
        String c = live("world");
        String d = live("science");
        ids.addAll(List.of(a, b, c, d));
        sync.run();
        patch(a, Map.of("headline", unique("Politics story rewritten")));
        publish(b);
        sync.run();
        unpublish(c);
        patch(b, Map.of("headline", unique("World story rewritten")));
        String e = live("politics");
        ids.add(e);
        sync.run();
        delete(a);
        patch(d, Map.of("section", "politics"));
        publish(c);
        patch(c, Map.of("section", "science"));
        patch(e, Map.of("headline", unique("Short-lived story")));
        unpublish(e);
        delete(e);
        sync.run();

        Map<String, String> truth = new HashMap<>();
        for (String id : ids) {
            var answer = given().auth().oauth2(partnerToken).when().get("/api/v1/articles/" + id).then().extract();
            if (answer.statusCode() == 200) {
                truth.put(id, answer.path("headline"));
            }
        }
        assertEquals(Set.of(b, d), truth.keySet());
        assertEquals(truth, mirror);
    }

    @Test
    void shouldNeverSkipOrRepeatAChangeWhileWritersRunConcurrently() throws Exception {
        String start = FeedPoller.fromNow(editor()).cursor();
        FeedPoller poller = FeedPoller.from(editor(), start);
        int writers = 3;
        int storiesEach = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<List<String>>> written = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                written.add(pool.submit((Callable<List<String>>) () -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < storiesEach; i++) {
                        String id = live(i % 2 == 0 ? "politics" : "business");
                        patch(id, Map.of("standfirst", "Second take " + i + "."));
                        mine.add(id);
                    }
                    return mine;
                }));
            }
            Future<?> polling = pool.submit(() -> {
                while (writing.get()) {
                    poller.poll(4);
                }
            });
            Set<String> stories = new HashSet<>();
            for (Future<List<String>> future : written) {
                stories.addAll(future.get());
            }
            writing.set(false);
            polling.get();
            poller.poll(4);

            FeedPoller reference = FeedPoller.from(editor(), start);
            reference.poll(100);
            List<String> polled = poller.seen().stream().map(ChangeFeedTest::key).toList();
            List<String> all = reference.seen().stream().map(ChangeFeedTest::key).toList();
            assertEquals(all, polled, "the poller saw exactly what a single read from the same cursor sees");
            assertEquals(polled.size(), new HashSet<>(polled).size(), "no change was seen twice");
            for (String id : stories) {
                assertEquals(List.of("published@1", "updated@2"), poller.of(id));
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }

    private static String key(Map<String, Object> change) {
        return change.get("entity") + ":" + change.get("id") + ":" + change.get("revision") + ":" + change.get("type");
    }

    @Test
    void shouldTellPartnersToResyncWhenTheirCursorIsPastRetention() {
        String partner = partnerKey(null);
        String old = FeedPoller.fromNow(partner).cursor();
        live("politics");
        changeLog.purge(Time.micros(Instant.now()).plus(Duration.ofDays(3650)));
        given().auth().oauth2(partner).queryParam("after", old).when().get("/api/v1/changes").then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/cursor-expired"))
                .body("status", equalTo(410))
                .body("detail", containsString("after=latest"));
        String fresh = FeedPoller.fromNow(partner).cursor();
        given().auth().oauth2(partner).queryParam("after", fresh).when().get("/api/v1/changes").then().statusCode(200)
                .body("items", empty()).body("more", equalTo(false)).body("next", equalTo(fresh));
        // Without a cursor the feed starts at the oldest change still kept.
        given().auth().oauth2(partner).when().get("/api/v1/changes").then().statusCode(200).body("next", notNullValue());
    }

    @Test
    void shouldRecordStoriesThatBecomePublicOnSchedule() {
        FeedPoller partner = FeedPoller.fromNow(partnerKey(null));
        Map<String, Object> story = story(unique("Scheduled story"));
        story.put("status", "published");
        story.put("publishAt", Time.micros(Instant.now()).plus(Duration.ofMinutes(1)).toString());
        String id = Api.create(story).statusCode(201).extract().path("id");
        partner.poll(20);
        assertEquals(List.of(), partner.of(id), "nothing to tell partners before the story is public");
        changeLog.recordDuePublications(Time.micros(Instant.now()).plus(Duration.ofMinutes(2)));
        changeLog.recordDuePublications(Time.micros(Instant.now()).plus(Duration.ofMinutes(3)));
        partner.poll(20);
        assertEquals(List.of("published@1"), partner.of(id), "recorded once, when it became public");
    }

    @Test
    void shouldRefuseCursorsItDidNotIssue() {
        given().auth().oauth2(token("partner")).queryParam("after", "not-a-cursor").when().get("/api/v1/changes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].parameter", equalTo("after"));
        given().auth().oauth2(token("partner")).queryParam("limit", "0").when().get("/api/v1/changes")
                .then().statusCode(400).body("errors[0].parameter", equalTo("limit"));
    }

    @Test
    void shouldOpenTheFeedToPartnersEditorsAndAdminsOnly() {
        given().when().get("/api/v1/changes").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"));
        given().auth().oauth2(token("moderator")).when().get("/api/v1/changes").then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        given().auth().oauth2(ADMIN).queryParam("after", "latest").when().get("/api/v1/changes").then().statusCode(200)
                .header("Cache-Control", "private, no-store");
    }
}
