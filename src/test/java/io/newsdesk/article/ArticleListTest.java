package io.newsdesk.article;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.create;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleListTest {

    private static List<String> publishedWithTag(String tag, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var story = story(unique("Listed " + i));
            story.put("tags", List.of(tag));
            ids.add(0, published(story));
        }
        return ids;
    }

    private static List<String> ids(String tag, int limit, String cursor) {
        var request = given().queryParam("tag", tag).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.when().get("/api/v1/articles").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void shouldListNewestFirstWithTeasers() {
        String tag = unique("order");
        List<String> ids = publishedWithTag(tag, 3);
        given().queryParam("tag", tag).when().get("/api/v1/articles").then().statusCode(200)
                .body("items.id", equalTo(ids))
                .body("items[0].teaser", containsString("A short standfirst"))
                .body("items[0].section.slug", equalTo("politics"))
                .body("items[0].body", nullValue())
                .body("next", nullValue());
    }

    @Test
    void shouldPageWithCursorAndLinkHeader() {
        String tag = unique("paged");
        List<String> ids = publishedWithTag(tag, 5);
        var first = given().queryParam("tag", tag).queryParam("limit", 2).when().get("/api/v1/articles").then()
                .statusCode(200).body("items", hasSize(2)).body("next", notNullValue())
                .header("Link", containsString("rel=\"next\"")).extract();
        String next = first.path("next");
        String link = first.header("Link");
        String linked = link.substring(link.indexOf("/api/v1"), link.indexOf('>'));
        List<String> second = given().when().get(linked).then().statusCode(200).extract().path("items.id");
        assertEquals(ids.subList(2, 4), second);
        assertEquals(ids.subList(2, 4), ids(tag, 2, next));
    }

    @Test
    void shouldNeverRepeatOrSkipWhenStoriesArePublishedBetweenPages() {
        String tag = unique("stable");
        List<String> ids = publishedWithTag(tag, 5);
        var first = given().queryParam("tag", tag).queryParam("limit", 2).when().get("/api/v1/articles").then()
                .extract();
        List<String> seen = new ArrayList<>(first.path("items.id"));
        // Two stories appear and one is unpublished after the first page was read.
        publishedWithTag(tag, 2);
        asEditor().when().post("/api/v1/articles/" + ids.get(4) + "/unpublish").then().statusCode(200);
        String cursor = first.path("next");
        while (cursor != null) {
            var page = given().queryParam("tag", tag).queryParam("limit", 2).queryParam("cursor", cursor)
                    .when().get("/api/v1/articles").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("next");
        }
        assertEquals(ids.subList(0, 4), seen);
        assertEquals(seen.size(), new HashSet<>(seen).size());
    }

    @Test
    void shouldFilterBySectionTagAuthorLanguageAndTime() {
        String tag = unique("filters");
        var politics = story(unique("Politics story"));
        politics.put("tags", List.of(tag));
        politics.put("authors", List.of("Ana Ruiz"));
        String politicsId = published(politics);
        var science = story(unique("Science story"));
        science.put("tags", List.of(tag));
        science.put("section", "science");
        science.put("language", "de");
        science.put("publishAt", Instant.now().minus(3, ChronoUnit.DAYS).toString());
        String scienceId = published(science);

        given().queryParam("tag", tag).queryParam("section", "science").when().get("/api/v1/articles").then()
                .body("items.id", equalTo(List.of(scienceId)));
        given().queryParam("tag", tag).queryParam("author", "Ana Ruiz").when().get("/api/v1/articles").then()
                .body("items.id", equalTo(List.of(politicsId)));
        given().queryParam("tag", tag).queryParam("lang", "de").when().get("/api/v1/articles").then()
                .body("items.id", equalTo(List.of(scienceId)));
        String yesterday = Instant.now().minus(1, ChronoUnit.DAYS).toString();
        given().queryParam("tag", tag).queryParam("since", yesterday).when().get("/api/v1/articles").then()
                .body("items.id", equalTo(List.of(politicsId)));
        given().queryParam("tag", tag).queryParam("until", yesterday).when().get("/api/v1/articles").then()
                .body("items.id", equalTo(List.of(scienceId)));
    }

    @Test
    void shouldShowDraftsOnlyToEditorsAndFilterByStatus() {
        String tag = unique("drafts");
        var draft = story(unique("Draft"));
        draft.put("tags", List.of(tag));
        String draftId = create(draft).statusCode(201).extract().path("id");
        given().queryParam("tag", tag).when().get("/api/v1/articles").then().body("items", hasSize(0));
        asEditor().queryParam("tag", tag).queryParam("status", "draft").when().get("/api/v1/articles").then()
                .statusCode(200).header("Cache-Control", "private, no-store")
                .body("items.id", equalTo(List.of(draftId))).body("items[0].status", equalTo("draft"));
        given().queryParam("status", "draft").when().get("/api/v1/articles").then().statusCode(400)
                .body("errors[0].parameter", equalTo("status"));
    }

    @Test
    void shouldRefuseBadLimitsAndForeignCursors() {
        given().queryParam("limit", 0).when().get("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("limit"));
        given().queryParam("limit", 101).when().get("/api/v1/articles").then().statusCode(400);
        given().queryParam("limit", "many").when().get("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("cursor", "not-a-cursor").when().get("/api/v1/articles").then().statusCode(400)
                .body("errors[0].parameter", equalTo("cursor"));
        given().queryParam("since", "last week").when().get("/api/v1/articles").then().statusCode(400)
                .body("errors[0].parameter", equalTo("since"));
    }

    @Test
    void shouldAnswerNotModifiedForCurrentEtag() {
        String tag = unique("cached");
        String id = publishedWithTag(tag, 1).get(0);
        var list = given().queryParam("tag", tag).when().get("/api/v1/articles").then().statusCode(200)
                .header("Cache-Control", containsString("stale-while-revalidate"))
                .header("Last-Modified", notNullValue()).extract();
        given().queryParam("tag", tag).header("If-None-Match", list.header("ETag"))
                .when().get("/api/v1/articles").then().statusCode(304).header("ETag", list.header("ETag"));

        var one = given().when().get("/api/v1/articles/" + id).then().statusCode(200)
                .header("Last-Modified", notNullValue()).extract();
        given().header("If-None-Match", one.header("ETag")).when().get("/api/v1/articles/" + id).then()
                .statusCode(304);
        given().header("If-None-Match", "\"other\"").when().get("/api/v1/articles/" + id).then().statusCode(200);
        // An edit changes the ETag, so caches revalidate.
        asEditor().contentType("application/merge-patch+json").header("If-Match", one.header("ETag"))
                .body(Map.of("headline", "Edited")).when().patch("/api/v1/articles/" + id).then().statusCode(200);
        given().header("If-None-Match", one.header("ETag")).when().get("/api/v1/articles/" + id).then()
                .statusCode(200).body("headline", equalTo("Edited"));
    }
}
