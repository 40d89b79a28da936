package io.newsdesk.article;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.create;
import static io.newsdesk.support.Api.etag;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleWriteTest {

    @Test
    void shouldCreateDraftWithLocationAndEtag() {
        String headline = unique("Harbour bridge reopens");
        var response = create(story(headline)).statusCode(201)
                .header("Location", containsString("/api/v1/articles/"))
                .header("ETag", startsWith("\"r1-"))
                .header("Cache-Control", "private, no-store")
                .body("status", equalTo("draft"))
                .body("revision", equalTo(1))
                .body("section.slug", equalTo("politics"))
                .body("section.name", equalTo("Politics"))
                .body("publishedAt", nullValue())
                .body("slug", startsWith("harbour-bridge-reopens-"))
                .extract();
        String id = response.path("id");
        asEditor().when().get("/api/v1/articles/" + id).then().statusCode(200)
                .header("ETag", equalTo(response.header("ETag")));
    }

    @Test
    void shouldHideDraftsFromReadersButNotFromEditors() {
        String id = create(story(unique("Draft story"))).statusCode(201).extract().path("id");
        given().when().get("/api/v1/articles/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        asEditor().when().get("/api/v1/articles/" + id).then().statusCode(200).body("status", equalTo("draft"));
    }

    @Test
    void shouldPublishNowAndShowToReaders() {
        String id = create(story(unique("Publish me"))).statusCode(201).extract().path("id");
        asEditor().when().post("/api/v1/articles/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("published")).body("publishedAt", notNullValue()).body("revision", equalTo(2));
        given().when().get("/api/v1/articles/" + id).then().statusCode(200)
                .header("Cache-Control", containsString("public"))
                .body("status", equalTo("published"));
    }

    @Test
    void shouldScheduleWithFuturePublishTime() {
        String id = create(story(unique("Scheduled story"))).statusCode(201).extract().path("id");
        String future = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        asEditor().contentType(ContentType.JSON).body(Map.of("publishAt", future))
                .when().post("/api/v1/articles/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("scheduled")).body("publishAt", equalTo(future));
        given().when().get("/api/v1/articles/" + id).then().statusCode(404);
    }

    @Test
    void shouldHideEmbargoedStoryUntilTheEmbargoLifts() {
        var story = story(unique("Embargoed results"));
        story.put("embargoUntil", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        String id = published(story);
        given().when().get("/api/v1/articles/" + id).then().statusCode(404);
        asEditor().when().get("/api/v1/articles/" + id).then().statusCode(200).body("status", equalTo("published"));
    }

    @Test
    void shouldUnpublishAndRefuseToUnpublishTwice() {
        String id = published(story(unique("Retracted story")));
        asEditor().when().post("/api/v1/articles/" + id + "/unpublish").then().statusCode(200)
                .body("status", equalTo("unpublished"));
        given().when().get("/api/v1/articles/" + id).then().statusCode(404);
        asEditor().when().post("/api/v1/articles/" + id + "/unpublish").then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
    }

    @Test
    void shouldDeleteAsTombstone() {
        String id = published(story(unique("Deleted story")));
        asEditor().when().delete("/api/v1/articles/" + id).then().statusCode(204);
        given().when().get("/api/v1/articles/" + id).then().statusCode(404);
        asEditor().when().get("/api/v1/articles/" + id).then().statusCode(410).body("type", equalTo("/problems/gone"));
        asEditor().when().delete("/api/v1/articles/" + id).then().statusCode(410);
    }

    @Test
    void shouldGenerateUniqueSlugsAndKeepThemOnEdits() {
        String headline = unique("Storm closes ferry routes");
        String first = create(story(headline)).statusCode(201).extract().path("slug");
        String second = create(story(headline)).statusCode(201).extract().path("slug");
        assertEquals(first + "-2", second);
        String id = create(story(unique("Original headline"))).statusCode(201).extract().path("id");
        String slug = asEditor().when().get("/api/v1/articles/" + id).then().extract().path("slug");
        asEditor().contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body(Map.of("headline", "A completely different headline"))
                .when().patch("/api/v1/articles/" + id).then().statusCode(200)
                .body("slug", equalTo(slug)).body("headline", equalTo("A completely different headline"));
    }

    @Test
    void shouldRejectCustomSlugTakenInTheSameLanguage() {
        String slug = unique("custom-slug");
        var story = story(unique("First"));
        story.put("slug", slug);
        create(story).statusCode(201).body("slug", equalTo(slug));
        var clash = story(unique("Second"));
        clash.put("slug", slug);
        create(clash).statusCode(409).contentType("application/problem+json");
        clash.put("language", "fr");
        create(clash).statusCode(201).body("slug", equalTo(slug)).body("language", equalTo("fr"));
    }

    @Test
    void shouldFindPublishedStoryBySlug() {
        var story = story(unique("Found by slug"));
        String id = published(story);
        String slug = given().when().get("/api/v1/articles/" + id).then().extract().path("slug");
        given().when().get("/api/v1/articles/" + slug).then().statusCode(200).body("id", equalTo(id));
        given().queryParam("lang", "en").when().get("/api/v1/articles/" + slug).then().statusCode(200);
    }

    @Test
    void shouldReplaceOnlyWithCurrentIfMatch() {
        String id = create(story(unique("Replace me"))).statusCode(201).extract().path("id");
        String etag = etag(id);
        var replacement = story("Replaced headline");
        replacement.put("standfirst", "New standfirst.");
        asEditor().contentType(ContentType.JSON).body(replacement)
                .when().put("/api/v1/articles/" + id).then().statusCode(428)
                .body("type", equalTo("/problems/precondition-required"));
        var ok = asEditor().contentType(ContentType.JSON).header("If-Match", etag).body(replacement)
                .when().put("/api/v1/articles/" + id).then().statusCode(200)
                .body("revision", equalTo(2)).body("standfirst", equalTo("New standfirst.")).extract();
        assertNotEquals(etag, ok.header("ETag"));
        asEditor().contentType(ContentType.JSON).header("If-Match", etag).body(replacement)
                .when().put("/api/v1/articles/" + id).then().statusCode(412)
                .body("type", equalTo("/problems/precondition-failed"));
        asEditor().when().get("/api/v1/articles/" + id).then().body("revision", equalTo(2));
    }

    @Test
    void shouldApplyMergePatchAndRemoveNullFields() {
        String id = create(story(unique("Patch me"))).statusCode(201).extract().path("id");
        asEditor().contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body("{\"standfirst\": null, \"tags\": [\"Harbour\", \"harbour\", \"ferries\"], \"urgency\": 3}")
                .when().patch("/api/v1/articles/" + id).then().statusCode(200)
                .body("standfirst", nullValue())
                .body("tags", equalTo(List.of("harbour", "ferries")))
                .body("urgency", equalTo(3))
                .body("headline", startsWith("Patch me"));
        asEditor().contentType(ContentType.JSON).header("If-Match", etag(id)).body("{\"urgency\": 2}")
                .when().patch("/api/v1/articles/" + id).then().statusCode(415);
    }

    @Test
    void shouldRefuseServerOwnedFields() {
        var story = story(unique("Sneaky"));
        story.put("id", "7d1e9d3c-1111-4a8f-9c1e-000000000000");
        create(story).statusCode(400).body("errors[0].pointer", equalTo("/id"))
                .body("errors[0].message", containsString("set by the server"));
        String id = create(story(unique("Sneaky patch"))).statusCode(201).extract().path("id");
        asEditor().contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body("{\"revision\": 99}")
                .when().patch("/api/v1/articles/" + id).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/revision"));
        asEditor().when().get("/api/v1/articles/" + id).then().body("revision", equalTo(1));
    }

    @Test
    void shouldSanitiseInlineMarkup() {
        var story = story(unique("Sanitised"));
        story.put("body", List.of(Map.of("type", "paragraph", "text",
                "Hello <script>alert(1)</script><strong onclick=\"x()\">world</strong> "
                        + "<a href=\"javascript:alert(2)\">bad</a> <a href=\"https://example.org\">good</a> <div>block</div>")));
        create(story).statusCode(201)
                .body("body[0].text", not(containsString("script")))
                .body("body[0].text", not(containsString("onclick")))
                .body("body[0].text", not(containsString("javascript")))
                .body("body[0].text", not(containsString("<div>")))
                .body("body[0].text", containsString("<strong>world</strong>"))
                .body("body[0].text", containsString("href=\"https://example.org\""));
    }

    @Test
    void shouldRenderBodyAsHtmlOrText() {
        var story = story(unique("Rendered"));
        story.put("body", List.of(
                Map.of("type", "paragraph", "text", "Fish &amp; chips at <em>noon</em>."),
                Map.of("type", "image", "url", "https://images.example.org/a.jpg", "caption", "Quay <b>side</b>",
                        "credit", "Desk")));
        String id = published(story);
        given().queryParam("format", "html").when().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("bodyHtml", startsWith("<p>Fish &amp; chips at <em>noon</em>.</p><figure>"))
                .body("bodyHtml", containsString("<figcaption>Quay side <small>Desk</small></figcaption>"))
                .body("bodyText", nullValue());
        given().queryParam("format", "text").when().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("bodyText", equalTo("Fish & chips at noon.\n\nQuay side"));
        given().queryParam("format", "pdf").when().get("/api/v1/articles/" + id).then().statusCode(400)
                .body("errors[0].parameter", equalTo("format"));
    }

    @Test
    void shouldKeepEveryRevision() {
        String id = create(story(unique("Revised"))).statusCode(201).extract().path("id");
        asEditor().contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body(Map.of("headline", "Revised twice")).when().patch("/api/v1/articles/" + id).then().statusCode(200);
        asEditor().when().post("/api/v1/articles/" + id + "/publish").then().statusCode(200);
        asEditor().queryParam("limit", 2).when().get("/api/v1/articles/" + id + "/revisions").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].revision", equalTo(3)).body("items[0].status", equalTo("published"))
                .body("items[1].article.headline", equalTo("Revised twice"))
                .body("next", notNullValue());
        String next = asEditor().queryParam("limit", 2).when().get("/api/v1/articles/" + id + "/revisions")
                .then().extract().path("next");
        asEditor().queryParam("cursor", next).when().get("/api/v1/articles/" + id + "/revisions").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].revision", equalTo(1))
                .body("items[0].article.headline", startsWith("Revised-")).body("next", nullValue());
        given().when().get("/api/v1/articles/" + id + "/revisions").then().statusCode(401);
    }

    @Test
    void shouldShowEditorialNoteOnlyToEditors() {
        var story = story(unique("Noted"));
        story.put("editorialNote", "Check the figures with the ministry.");
        String id = published(story);
        given().when().get("/api/v1/articles/" + id).then().statusCode(200).body("editorialNote", nullValue());
        asEditor().when().get("/api/v1/articles/" + id).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("editorialNote", equalTo("Check the figures with the ministry."));
    }

    @Test
    void shouldPointAtEachInvalidField() {
        var story = story("");
        story.put("urgency", 12);
        story.put("language", "not a language");
        story.put("tags", List.of("ok", " "));
        story.put("body", List.of(Map.of("type", "paragraph", "text", " "),
                Map.of("type", "image", "url", "ftp://x/y.png")));
        create(story).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.pointer", hasItem("/headline"))
                .body("errors.pointer", hasItem("/urgency"))
                .body("errors.pointer", hasItem("/language"))
                .body("errors.pointer", hasItem("/tags/1"));
        var blocks = story(unique("Blocks"));
        blocks.put("body", List.of(Map.of("type", "paragraph", "text", "<b> </b>"),
                Map.of("type", "image", "url", "ftp://x/y.png"), Map.of("type", "quote")));
        create(blocks).statusCode(400)
                .body("errors.pointer", equalTo(List.of("/body/0/text", "/body/1/url", "/body/2/quoteId")));
        var section = story(unique("Nowhere"));
        section.put("section", "gardening");
        create(section).statusCode(400).body("errors[0].pointer", equalTo("/section"))
                .body("errors[0].message", containsString("politics"));
        var type = story(unique("Odd block"));
        type.put("body", List.of(Map.of("type", "video", "text", "x")));
        create(type).statusCode(400).body("errors[0].pointer", equalTo("/body/0/type"));
        var date = story(unique("Odd date"));
        date.put("publishAt", "tomorrow");
        create(date).statusCode(400).body("errors[0].pointer", equalTo("/publishAt"))
                .body("errors.message", everyItem(containsString("RFC 3339")));
    }

    @Test
    void shouldLeaveNothingBehindWhenRefused() {
        String tag = unique("refused");
        var story = story("");
        story.put("tags", List.of(tag));
        create(story).statusCode(400);
        asEditor().queryParam("tag", tag).when().get("/api/v1/articles").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldTransliterateCyrillicHeadlinesIntoSlugs() {
        var story = story("Шторм оставил город без света " + unique("x"));
        story.put("language", "ru");
        create(story).statusCode(201).body("slug", startsWith("shtorm-ostavil-gorod-bez-sveta-x-"))
                .body("language", equalTo("ru"));
    }

    @Test
    void shouldAnswerLocationThatServesTheStory() {
        var created = create(story(unique("Located"))).statusCode(201).extract();
        String location = created.header("Location");
        asEditor().when().get(location.substring(location.indexOf("/api/v1"))).then().statusCode(200)
                .body("id", equalTo(created.path("id")))
                .body("links.self", endsWith((String) created.path("id")));
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentEditsOfOneRevisionWin() throws Exception {
        String id = create(story(unique("Contested"))).statusCode(201).extract().path("id");
        String etag = etag(id);
        String token = io.newsdesk.support.Api.editor();
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (String headline : List.of("First editor's headline", "Second editor's headline")) {
                results.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType("application/merge-patch+json")
                            .header("If-Match", etag).body(Map.of("headline", headline))
                            .when().patch("/api/v1/articles/" + id).then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var result : results) {
                statuses.add(result.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        asEditor().when().get("/api/v1/articles/" + id + "/revisions").then().body("items", hasSize(2));
    }
}
