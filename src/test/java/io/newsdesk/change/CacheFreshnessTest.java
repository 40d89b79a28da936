package io.newsdesk.change;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.token;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.common.Time;
import io.newsdesk.common.cache.RenderedCache;
import io.newsdesk.support.Api;
import io.newsdesk.support.EditorDesk;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cached representation never outlives a change. For each kind of change, every public
 * representation that shows the story is read until the cache serves it, the change is made, and the
 * next read must equal what a fresh render gives (the cache emptied by hand), with a new ETag where
 * the content changed, and no 304 for the old ETag.
 */
@QuarkusTest
class CacheFreshnessTest {
    private static final String NINJS = "application/ninjs+json";
    private static final String JSON_LD = "application/ld+json";

    @Inject
    RenderedCache cache;
    @Inject
    ChangeLog changeLog;
    @Inject
    EntityManager entityManager;

    private String section;

    /** One GET as an anonymous reader. */
    record Representation(String name, String path, String accept) {
    }

    record Seen(int status, String etag, String body, boolean hit) {
    }

    @BeforeEach
    void freshSection() {
        section = unique("desk");
        asEditor().contentType(ContentType.JSON).body(Map.of("slug", section, "name", "Desk " + section))
                .when().post("/api/v1/sections").then().statusCode(201);
    }

    @Test
    void shouldServeAnEditedStoryFresh() {
        String id = liveStory("Harbour ferry timetable changes");
        check(id, () -> EditorDesk.patch(id, Map.of("headline", "Harbour ferry timetable changes again")),
                storyAndLists(), body -> body.contains("changes again"));
    }

    @Test
    void shouldServeAPublishedStoryFresh() {
        String other = liveStory("An older story on the same desk");
        Map<String, Object> draft = story(unique("Lighthouse keeper retires"));
        draft.put("section", section);
        String id = Api.create(draft).statusCode(201).extract().path("id");
        check(other, () -> EditorDesk.publish(id), lists(), body -> body.contains("Lighthouse keeper retires"));
        assertEquals(200, read(new Representation("story", "/api/v1/articles/" + id, null)).status());
    }

    @Test
    void shouldServeAnUnpublishedStoryAsGone() {
        String id = liveStory("Bridge tolls to be reviewed");
        check(id, () -> EditorDesk.unpublish(id), storyAndLists(), body -> !body.contains("Bridge tolls"));
    }

    @Test
    void shouldServeADeletedStoryAsGone() {
        String id = liveStory("Market square works begin");
        check(id, () -> EditorDesk.delete(id), storyAndLists(), body -> !body.contains("Market square works"));
    }

    @Test
    void shouldShowAScheduledStoryOnceTheSweepRecordsIt() {
        String other = liveStory("The desk's first story");
        Map<String, Object> scheduled = story(unique("Night trains return"));
        scheduled.put("section", section);
        scheduled.put("status", "published");
        scheduled.put("publishAt", Time.micros(Instant.now()).plus(Duration.ofHours(1)).toString());
        String id = Api.create(scheduled).statusCode(201).extract().path("id");
        check(other, () -> {
            // Time passes: the story's moment comes without a write, as it does in production.
            Instant due = Time.micros(Instant.now()).minusSeconds(1);
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("update article set publish_at = ?1, sort_at = ?1 where id = ?2")
                    .setParameter(1, due).setParameter(2, UUID.fromString(id)).executeUpdate());
            changeLog.recordDuePublications(Time.micros(Instant.now()));
        }, lists(), body -> body.contains("Night trains return"));
    }

    @Test
    void shouldServeQuoteChangesFresh() {
        String id = liveStory(storyWith("Council backs the harbour plan",
                "\u201cThe harbour plan is sound,\u201d the councillor said. \u201cWe will start in spring,\u201d the engineer added."));
        String quoteId = quoteOn(id, "The harbour plan is sound", "Mara Quist").path("id");
        check(id, () -> quoteOn(id, "We will start in spring", "Tomas Reed"), formats(), body -> body.contains("Tomas Reed"));
        String etag = asEditor().when().get("/api/v1/quotes/" + quoteId).then().statusCode(200).extract().header("ETag");
        check(id, () -> asEditor().contentType(ContentType.JSON).header("If-Match", etag)
                .body(quote("The harbour plan is sound", "Mara Quist-Holm"))
                .when().put("/api/v1/quotes/" + quoteId).then().statusCode(200),
                formats(), body -> body.contains("Quist-Holm"));
        check(id, () -> asEditor().when().delete("/api/v1/quotes/" + quoteId).then().statusCode(204),
                formats(), body -> !body.contains("Quist-Holm"));
    }

    @Test
    void shouldServeExtractedQuotesFresh() {
        String id = liveStory(storyWith("Port expansion approved",
                "\u201cThe expansion will bring work to the whole coast,\u201d said Ilse Varga, the port director."));
        check(id, () -> asEditor().when().post("/api/v1/articles/" + id + "/quotes/extract?save=true")
                .then().statusCode(200), formats(), body -> body.contains("Ilse Varga"));
    }

    @Test
    void shouldShowASpeakerMergeOnTheStory() {
        String surname = unique("Brandt");
        String full = "Oda " + surname;
        String id = liveStory(storyWith("Fishing quotas set for the year", "\u201cQuotas are fair,\u201d said " + surname + "."));
        String from = quoteOn(id, "Quotas are fair", surname).path("speaker.slug");
        String other = liveStory(storyWith("Quota talks conclude", "\u201cTalks went well,\u201d said " + full + "."));
        String into = quoteOn(other, "Talks went well", full).path("speaker.slug");
        check(id, () -> asEditor().contentType(ContentType.JSON).body(Map.of("into", into))
                .when().post("/api/v1/speakers/" + from + "/merge").then().statusCode(200),
                formats(), body -> body.contains(full));
    }

    @Test
    void shouldShowAnApprovedReviewInTheSummary() {
        String id = liveStory("New library opens its doors");
        String review = given().header("X-Forwarded-For", "198.19.200.7").contentType(ContentType.JSON)
                .body(Map.of("rating", 5, "title", "Good news", "body", "A well told story " + unique("ref") + ".",
                        "authorName", "Reader"))
                .when().post("/api/v1/articles/" + id + "/reviews").then().statusCode(202).extract().path("id");
        String moderator = token("moderator");
        String etag = given().auth().oauth2(moderator).when().get("/api/v1/reviews/" + review).then().statusCode(200)
                .extract().header("ETag");
        check(id, () -> given().auth().oauth2(moderator).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("status", "approved")).when().patch("/api/v1/reviews/" + review).then().statusCode(200),
                Set.of("story by id", "story by slug", "article list"), body -> body.contains("\"count\":1"));
    }

    @Test
    void shouldShowARenamedSection() {
        String id = liveStory("Tram line extended");
        check(id, () -> asEditor().contentType(ContentType.JSON).body(Map.of("name", "Renamed desk"))
                .when().put("/api/v1/sections/" + section).then().statusCode(200),
                Set.of("story by id", "story by slug", "section", "sections"), body -> body.contains("Renamed desk"));
    }

    @Test
    void shouldForgetADeletedSection() {
        String id = liveStory("A story elsewhere");
        String empty = unique("empty");
        asEditor().contentType(ContentType.JSON).body(Map.of("slug", empty, "name", "Empty desk"))
                .when().post("/api/v1/sections").then().statusCode(201);
        check(id, () -> asEditor().when().delete("/api/v1/sections/" + empty).then().statusCode(204),
                Set.of("sections"), body -> !body.contains("Empty desk"));
    }

    @Test
    void shouldServeRelatedPicksFresh() {
        String id = liveStory("Coast road repaired");
        String pick = liveStory("Coast road closed by storm");
        Representation related = new Representation("related", "/api/v1/articles/" + id + "/related", null);
        Seen before = read(related);
        asEditor().contentType(ContentType.JSON).body(Map.of("ids", List.of(pick)))
                .when().put("/api/v1/articles/" + id + "/related").then().statusCode(200);
        Seen after = read(related);
        assertNotEquals(before.etag(), after.etag());
        assertTrue(after.body().indexOf(pick) >= 0);
        asEditor().contentType(ContentType.JSON).body(Map.of("ids", List.of()))
                .when().put("/api/v1/articles/" + id + "/related").then().statusCode(200);
        assertNotEquals(after.etag(), read(related).etag());
    }

    @Test
    void shouldNeverShareAnEditorsAnswer() {
        String id = liveStory("Editorial view stays private");
        Representation story = new Representation("story", "/api/v1/articles/" + id, null);
        read(story);
        assertTrue(read(story).hit(), "the public answer is cached");
        Response editor = asEditor().when().get("/api/v1/articles/" + id);
        assertEquals("private, no-store", editor.header("Cache-Control"));
        assertEquals(null, editor.header("X-Cache"), "a token never reads the shared cache");
        assertEquals(null, editor.header("Surrogate-Key"));
    }

    // ---- the check -----------------------------------------------------------------------------

    private void check(String id, Runnable change, Set<String> changing, Predicate<String> shows) {
        String slug = given().when().get("/api/v1/articles/" + id).then().statusCode(200).extract().path("slug");
        List<Representation> representations = representations(id, slug);
        Map<Representation, Seen> before = new LinkedHashMap<>();
        for (Representation representation : representations) {
            read(representation);
            Seen seen = read(representation);
            assertTrue(seen.status() != 200 || seen.hit(), representation.name() + " is served from the cache");
            before.put(representation, seen);
        }
        change.run();
        Map<Representation, Seen> after = new LinkedHashMap<>();
        representations.forEach(r -> after.put(r, read(r)));
        cache.clear();
        for (Representation representation : representations) {
            Seen cached = after.get(representation);
            Seen fresh = read(representation);
            String name = representation.name();
            assertTrue(!fresh.hit(), name + ": rendered again after the cache was emptied");
            assertEquals(fresh.status(), cached.status(), name + ": status after the change");
            assertEquals(fresh.etag(), cached.etag(), name + ": ETag after the change");
            if (fresh.status() == 200) {
                assertEquals(fresh.body(), cached.body(), name + ": body after the change");
            }
            if (changing.contains(name)) {
                Seen old = before.get(representation);
                assertNotEquals(old.etag() + old.status(), cached.etag() + cached.status(), name + " changed");
                // A section and the list of sections show counts and times, not the story's words.
                boolean showsWords = !name.equals("section") && !name.equals("sections");
                assertTrue(cached.status() != 200 || !showsWords || shows.test(cached.body()), name + " shows the change");
                if (old.etag() != null) {
                    int revalidated = given().header("If-None-Match", old.etag())
                            .accept(representation.accept() == null ? "*/*" : representation.accept())
                            .when().get(representation.path()).statusCode();
                    assertNotEquals(304, revalidated, name + ": no 304 for the old ETag");
                }
            }
        }
    }

    private List<Representation> representations(String id, String slug) {
        List<Representation> all = new ArrayList<>();
        all.add(new Representation("story by id", "/api/v1/articles/" + id, null));
        all.add(new Representation("story by slug", "/api/v1/articles/" + slug, null));
        all.add(new Representation("ninjs", "/api/v1/articles/" + id, NINJS));
        all.add(new Representation("json-ld", "/api/v1/articles/" + id, JSON_LD));
        all.add(new Representation("teasers", "/api/v1/sections/" + section + "/teasers", null));
        all.add(new Representation("section", "/api/v1/sections/" + section, null));
        all.add(new Representation("sections", "/api/v1/sections", null));
        all.add(new Representation("json feed", "/api/v1/feeds/" + section + ".json", null));
        all.add(new Representation("rss", "/api/v1/feeds/" + section + ".rss", null));
        all.add(new Representation("atom", "/api/v1/feeds/" + section + ".atom", null));
        all.add(new Representation("all feed", "/api/v1/feeds/all.json", null));
        all.add(new Representation("article list", "/api/v1/articles?limit=100&section=" + section, null));
        return all;
    }

    private static Set<String> formats() {
        return Set.of("ninjs", "json-ld");
    }

    private static Set<String> lists() {
        return Set.of("teasers", "section", "sections", "json feed", "rss", "atom", "all feed", "article list");
    }

    private static Set<String> storyAndLists() {
        Set<String> names = new java.util.HashSet<>(lists());
        names.addAll(Set.of("story by id", "story by slug", "ninjs", "json-ld"));
        names.remove("sections");
        names.remove("section");
        return names;
    }

    private static Seen read(Representation representation) {
        Response response = given().accept(representation.accept() == null ? "*/*" : representation.accept())
                .when().get(representation.path());
        return new Seen(response.statusCode(), response.header("ETag"), response.asString(),
                "hit".equals(response.header("X-Cache")));
    }

    private String liveStory(String headline) {
        return liveStory(story(unique(headline)));
    }

    private String liveStory(Map<String, Object> story) {
        story.put("section", section);
        return Api.published(story);
    }

    private static Map<String, Object> storyWith(String headline, String paragraph) {
        Map<String, Object> story = story(unique(headline));
        story.put("body", List.of(Map.of("type", "paragraph", "text", paragraph)));
        return story;
    }

    private static io.restassured.response.ExtractableResponse<Response> quoteOn(String id, String text, String speaker) {
        return asEditor().contentType(ContentType.JSON).body(quote(text, speaker))
                .when().post("/api/v1/articles/" + id + "/quotes").then().statusCode(201).extract();
    }

    private static Map<String, Object> quote(String text, String speaker) {
        Map<String, Object> quote = new HashMap<>();
        quote.put("text", text);
        quote.put("speaker", Map.of("name", speaker));
        return quote;
    }
}
