package io.newsdesk.common.cache;

import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cache's own rules: what a purge reaches, and when. */
@QuarkusTest
class RenderedCacheTest {
    @Inject
    RenderedCache cache;
    @Inject
    Event<Purge> purges;

    @Test
    void shouldServeAHitWithTheSameBytesAndHeaders() {
        String id = published(story(unique("Cached once")));
        var miss = given().when().get("/api/v1/articles/" + id);
        var hit = given().when().get("/api/v1/articles/" + id);
        assertNull(miss.header("X-Cache"));
        assertEquals("hit", hit.header("X-Cache"));
        assertEquals(miss.asString(), hit.asString());
        for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Content-Type", "Surrogate-Key", "X-Request-Id",
                "RateLimit-Limit")) {
            assertNotNull(hit.header(header), header);
        }
        assertEquals(miss.header("ETag"), hit.header("ETag"));
        assertEquals(miss.header("Content-Type"), hit.header("Content-Type"));
        assertEquals(miss.header("Surrogate-Key"), hit.header("Surrogate-Key"));
        assertTrue(hit.header("Surrogate-Key").contains("story-" + id));
        given().header("If-None-Match", hit.header("ETag")).when().get("/api/v1/articles/" + id)
                .then().statusCode(304).header("X-Cache", "hit").header("ETag", hit.header("ETag"));
        given().header("If-None-Match", "\"r1-0000\"").when().get("/api/v1/articles/" + id)
                .then().statusCode(200).header("X-Cache", "hit");
    }

    @Test
    void shouldRefuseAFailedIfMatchOrIfUnmodifiedSinceWhetherOrNotTheAnswerIsCached() {
        String id = published(story(unique("Cached precondition")));
        given().when().get("/api/v1/articles/" + id);
        var hit = given().when().get("/api/v1/articles/" + id).then().statusCode(200).header("X-Cache", "hit").extract();
        given().header("If-Match", "\"r1-0000\"").when().get("/api/v1/articles/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.equalTo("/problems/precondition-failed"));
        given().header("If-Unmodified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").when().get("/api/v1/articles/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().header("If-Match", hit.header("ETag")).when().get("/api/v1/articles/" + id).then().statusCode(200)
                .header("ETag", hit.header("ETag"));
        given().header("If-Match", "\"r1-0000\"").when().get("/api/v1/articles?limit=5").then().statusCode(412);
    }

    @Test
    void shouldKeepEveryFormatApart() {
        String id = published(story(unique("Three formats")));
        for (String accept : List.of("application/json", "application/ninjs+json", "application/ld+json")) {
            given().accept(accept).when().get("/api/v1/articles/" + id);
            given().accept(accept).when().get("/api/v1/articles/" + id).then().statusCode(200)
                    .header("X-Cache", "hit").contentType(accept);
        }
    }

    @Test
    void shouldPurgeNothingWhenTheWriteRollsBack() {
        String path = cachedStory();
        QuarkusTransaction.begin();
        purges.fire(Purge.of(SurrogateKeys.ALL));
        QuarkusTransaction.rollback();
        given().when().get(path).then().statusCode(200).header("X-Cache", "hit");
    }

    @Test
    void shouldPurgeOnlyWhenTheWriteCommits() {
        String path = cachedStory();
        QuarkusTransaction.begin();
        purges.fire(Purge.of(SurrogateKeys.ALL));
        given().when().get(path).then().statusCode(200).header("X-Cache", "hit");
        QuarkusTransaction.commit();
        var after = given().when().get(path);
        assertEquals(200, after.statusCode());
        assertNull(after.header("X-Cache"), "purged at the commit");
    }

    @Test
    void shouldNotKeepARenderThatRacedWithAPurge() {
        long before = cache.generation();
        cache.purge(Set.of("story-" + UUID.randomUUID()));
        cache.put("raced", rendered(10, "story-x"), before);
        assertNull(cache.get("raced"), "rendered before the purge: maybe the old content");
        long now = cache.generation();
        cache.put("fresh", rendered(10, "story-x"), now);
        assertNotNull(cache.get("fresh"));
        cache.purge(Set.of("story-y"));
        assertNotNull(cache.get("fresh"), "filed under other keys");
        cache.purge(Set.of("story-x"));
        assertNull(cache.get("fresh"));
    }

    @Test
    void shouldStayWithinItsBound() {
        // 32M in the test profile: sixty entries of a megabyte cannot all stay.
        for (int i = 0; i < 60; i++) {
            cache.put("big-" + i, rendered(1 << 20, "big"), cache.generation());
        }
        cache.size();
        long held = java.util.stream.IntStream.range(0, 60).filter(i -> cache.get("big-" + i) != null).count();
        assertTrue(held > 0 && held <= 32, "held " + held);
        cache.purge(Set.of("big"));
    }

    private static String cachedStory() {
        String path = "/api/v1/articles/" + published(story(unique("Cached")));
        given().when().get(path);
        given().when().get(path).then().statusCode(200).header("X-Cache", "hit");
        return path;
    }

    private static Rendered rendered(int size, String key) {
        return new Rendered(new byte[size], "application/json", "\"e\"", null, "public, max-age=60", List.of(), null, key,
                Set.of(key), null);
    }
}
