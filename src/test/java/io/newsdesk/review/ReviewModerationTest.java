package io.newsdesk.review;

import static io.newsdesk.review.ReviewFixtures.approve;
import static io.newsdesk.review.ReviewFixtures.asModerator;
import static io.newsdesk.review.ReviewFixtures.decide;
import static io.newsdesk.review.ReviewFixtures.etag;
import static io.newsdesk.review.ReviewFixtures.moderator;
import static io.newsdesk.review.ReviewFixtures.problem;
import static io.newsdesk.review.ReviewFixtures.review;
import static io.newsdesk.review.ReviewFixtures.story;
import static io.newsdesk.review.ReviewFixtures.submitted;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsdesk.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewModerationTest {

    private static ValidatableResponse publicList(String article) {
        return given().when().get("/api/v1/articles/" + article + "/reviews").then().statusCode(200);
    }

    @Test
    void shouldPublishApprovedReviewsNewestFirstWithTheirSummary() {
        String tag = unique("summarised");
        String article = story(tag);
        String first = submitted(article, review(5, "First reader"));
        String second = submitted(article, review(4, "Second reader"));
        String third = submitted(article, review(4, "Third reader"));
        String rejected = submitted(article, review(1, "Grumpy reader"));
        List.of(first, second, third).forEach(ReviewFixtures::approve);
        decide(rejected, "rejected", "Off topic.").statusCode(200);
        publicList(article)
                .header("ETag", notNullValue()).header("Cache-Control", containsString("public"))
                .body("items.id", equalTo(List.of(third, second, first)))
                .body("items[0].authorName", equalTo("Third reader")).body("items[0].title", equalTo("Worth reading"))
                .body("items[0].rating", equalTo(4)).body("items[0].language", equalTo("en"))
                .body("summary.count", equalTo(3)).body("summary.average", equalTo(4.3f))
                .body("summary.stars", equalTo(Map.of("1", 0, "2", 0, "3", 0, "4", 2, "5", 1)));
        given().when().get("/api/v1/articles/" + article).then().statusCode(200)
                .body("reviewSummary.count", equalTo(3)).body("reviewSummary.average", equalTo(4.3f));
        given().queryParam("tag", tag).when().get("/api/v1/articles").then().statusCode(200)
                .body("items[0].reviewSummary.count", equalTo(3))
                .body("items[0].reviewSummary.stars.4", equalTo(2));
    }

    @Test
    void shouldPageThroughApprovedReviews() {
        String article = story();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(0, submitted(article, review(3, "Pager " + i)));
            approve(ids.get(0));
        }
        var page = given().queryParam("limit", 2).when().get("/api/v1/articles/" + article + "/reviews").then()
                .statusCode(200).header("Link", containsString("rel=\"next\""))
                .body("items.id", equalTo(ids.subList(0, 2))).body("summary.count", equalTo(3)).extract();
        given().queryParam("limit", 2).queryParam("cursor", (String) page.path("next"))
                .when().get("/api/v1/articles/" + article + "/reviews").then().statusCode(200)
                .body("items.id", equalTo(ids.subList(2, 3))).body("next", nullValue());
        problem(given().queryParam("cursor", "forged").when().get("/api/v1/articles/" + article + "/reviews").then(),
                400, "validation-failed").body("errors[0].parameter", equalTo("cursor"));
        problem(given().queryParam("limit", 0).when().get("/api/v1/articles/" + article + "/reviews").then(),
                400, "validation-failed").body("errors[0].parameter", equalTo("limit"));
    }

    @Test
    void shouldUpdateSummaryAndArticleEtagAtOnce() {
        String article = story();
        String id = submitted(article, review(2, "Changeable reader"));
        var before = given().when().get("/api/v1/articles/" + article).then().statusCode(200)
                .body("reviewSummary.count", equalTo(0)).body("reviewSummary.average", nullValue()).extract();
        String listTag = publicList(article).extract().header("ETag");
        given().header("If-None-Match", before.header("ETag")).when().get("/api/v1/articles/" + article).then()
                .statusCode(304);
        approve(id);
        String approvedTag = given().header("If-None-Match", before.header("ETag")).when()
                .get("/api/v1/articles/" + article).then().statusCode(200)
                .body("reviewSummary.count", equalTo(1)).body("reviewSummary.average", equalTo(2.0f))
                .body("revision", equalTo(before.path("revision"))).extract().header("ETag");
        assertNotEquals(before.header("ETag"), approvedTag);
        given().header("If-None-Match", listTag).when().get("/api/v1/articles/" + article + "/reviews").then()
                .statusCode(200).body("items", hasSize(1));
        decide(id, "rejected", "Second thoughts.").statusCode(200);
        publicList(article).body("items", hasSize(0)).body("summary.count", equalTo(0));
        given().when().get("/api/v1/articles/" + article).then().body("reviewSummary.count", equalTo(0));
    }

    /**
     * A browser revalidating its cached copy sends both validators it was given. The review summary is part of
     * the story's body but not of its Last-Modified, so If-Modified-Since must not win over an outdated ETag.
     */
    @Test
    void shouldServeTheNewSummaryToABrowserRevalidatingAfterAnApproval() {
        String article = story();
        String id = submitted(article, review(4, "Revalidating reader"));
        var served = given().when().get("/api/v1/articles/" + article).then().statusCode(200)
                .body("reviewSummary.count", equalTo(0)).extract();
        String servedTag = served.header("ETag");
        String lastModified = served.header("Last-Modified");
        given().header("If-None-Match", servedTag).header("If-Modified-Since", lastModified).when()
                .get("/api/v1/articles/" + article).then().statusCode(304).header("ETag", servedTag);

        approve(id);

        var fresh = given().header("If-None-Match", servedTag).header("If-Modified-Since", lastModified).when()
                .get("/api/v1/articles/" + article).then().statusCode(200)
                .body("reviewSummary.count", equalTo(1)).extract();
        String freshTag = fresh.header("ETag");
        assertNotEquals(servedTag, freshTag);
        // Nothing else in the body moves between two reads: the same bytes, the same ETag, then a 304.
        var again = given().when().get("/api/v1/articles/" + article).then().statusCode(200).extract();
        assertEquals(freshTag, again.header("ETag"));
        assertEquals(fresh.asString(), again.asString());
        given().header("If-None-Match", freshTag).header("If-Modified-Since", fresh.header("Last-Modified")).when()
                .get("/api/v1/articles/" + article).then().statusCode(304).header("ETag", freshTag);
        given().header("If-None-Match", freshTag).when().get("/api/v1/articles/" + article).then().statusCode(304);
    }

    @Test
    void shouldRecordEveryStatusChangeWithWhoWhenAndNote() {
        String article = story();
        String id = submitted(article, review(4, "Recorded reader"));
        asModerator().when().get("/api/v1/reviews/" + id).then().header("ETag", startsWith("\"r1-"));
        decide(id, "approved", "Fine.").statusCode(200)
                .header("ETag", startsWith("\"r2-")).header("Cache-Control", "private, no-store")
                .body("status", equalTo("approved")).body("moderatedBy", equalTo("test moderator"))
                .body("moderationNote", equalTo("Fine.")).body("version", equalTo(2));
        decide(id, "rejected", "Complaint from the subject.").statusCode(200);
        // Neither a new status nor a note: nothing to record.
        decide(id, "rejected", null).statusCode(200).body("version", equalTo(3));
        asModerator().when().get("/api/v1/reviews/" + id).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("history", hasSize(3))
                .body("history[0].from", nullValue()).body("history[0].to", equalTo("pending"))
                .body("history[0].by", equalTo("reader"))
                .body("history[1].from", equalTo("pending")).body("history[1].to", equalTo("approved"))
                .body("history[1].note", equalTo("Fine.")).body("history[1].by", equalTo("test moderator"))
                .body("history[1].at", notNullValue())
                .body("history[2].to", equalTo("rejected")).body("history[2].note", equalTo("Complaint from the subject."));
        String etag = etag(id);
        asModerator().header("If-None-Match", etag).when().get("/api/v1/reviews/" + id).then().statusCode(304);
    }

    @Test
    void shouldRequireCurrentIfMatchToDecide() {
        String id = submitted(story(), review(4, "Contested reader"));
        String etag = etag(id);
        problem(asModerator().contentType(ContentType.JSON).body(Map.of("status", "approved"))
                .when().patch("/api/v1/reviews/" + id).then(), 428, "precondition-required");
        asModerator().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("status", "approved"))
                .when().patch("/api/v1/reviews/" + id).then().statusCode(200);
        problem(asModerator().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", "spam"))
                .when().patch("/api/v1/reviews/" + id).then(), 412, "precondition-failed")
                .body("detail", containsString("review has changed"));
        problem(asModerator().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("status", "published"))
                .when().patch("/api/v1/reviews/" + id).then(), 400, "validation-failed")
                .body("errors[0].pointer", equalTo("/status")).body("errors[0].message", containsString("approved"));
        problem(asModerator().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("note", "No status"))
                .when().patch("/api/v1/reviews/" + id).then(), 400, "validation-failed")
                .body("errors[0].pointer", equalTo("/status"));
        asModerator().when().get("/api/v1/reviews/" + id).then().body("status", equalTo("approved"));
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentDecisionsWin() throws Exception {
        String id = submitted(story(), review(3, "Raced reader"));
        String etag = etag(id);
        String token = moderator();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String status : List.of("approved", "rejected")) {
                results.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                            .body(Map.of("status", status, "note", "Decided " + status))
                            .when().patch("/api/v1/reviews/" + id).then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var result : results) {
                statuses.add(result.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        var review = asModerator().when().get("/api/v1/reviews/" + id).then().statusCode(200)
                .body("history", hasSize(2)).body("version", equalTo(2)).extract();
        assertEquals("Decided " + review.path("status"), review.path("moderationNote"));
    }

    @Test
    void shouldListTheQueueOldestFirstWithFilters() {
        String article = story();
        String slug = given().when().get("/api/v1/articles/" + article).then().extract().path("slug");
        String first = submitted(article, review(4, "Queue one"));
        String second = submitted(article, review(4, "Queue two"));
        String third = submitted(article, review(4, "Queue three"));
        approve(second);
        asModerator().queryParam("article", slug).queryParam("status", "pending").queryParam("limit", 1)
                .when().get("/api/v1/reviews").then().statusCode(200)
                .header("Cache-Control", "private, no-store").header("Link", containsString("rel=\"next\""))
                .body("items.id", equalTo(List.of(first))).body("next", notNullValue());
        String next = asModerator().queryParam("article", slug).queryParam("status", "pending").queryParam("limit", 1)
                .when().get("/api/v1/reviews").then().extract().path("next");
        asModerator().queryParam("article", article).queryParam("status", "pending").queryParam("limit", 1)
                .queryParam("cursor", next).when().get("/api/v1/reviews").then().statusCode(200)
                .body("items.id", equalTo(List.of(third))).body("next", nullValue());
        asModerator().queryParam("article", article).when().get("/api/v1/reviews").then().statusCode(200)
                .body("items.id", equalTo(List.of(first, second, third)))
                .body("items[1].status", equalTo("approved")).body("items[0].history", nullValue());
        asModerator().queryParam("status", "pending").queryParam("limit", 100).when().get("/api/v1/reviews").then()
                .statusCode(200).body("items.status", org.hamcrest.Matchers.everyItem(equalTo("pending")));
        problem(asModerator().queryParam("status", "published").when().get("/api/v1/reviews").then(), 400,
                "validation-failed").body("errors[0].parameter", equalTo("status"));
        problem(asModerator().queryParam("article", "no-such-story").when().get("/api/v1/reviews").then(), 400,
                "validation-failed").body("errors[0].parameter", equalTo("article"));
    }

    @Test
    void shouldModerateInBulkAllOrNothing() {
        String article = story();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(submitted(article, review(5, "Bulk reader " + i)));
        }
        List<String> withUnknown = List.of(ids.get(0), UUID.randomUUID().toString());
        problem(asModerator().contentType(ContentType.JSON).body(Map.of("ids", withUnknown, "status", "approved"))
                .when().post("/api/v1/reviews/moderation").then(), 400, "validation-failed")
                .body("errors", hasSize(1)).body("errors[0].pointer", equalTo("/ids/1"));
        publicList(article).body("items", hasSize(0));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(UUID.randomUUID().toString());
        }
        problem(asModerator().contentType(ContentType.JSON).body(Map.of("ids", tooMany, "status", "approved"))
                .when().post("/api/v1/reviews/moderation").then(), 400, "validation-failed")
                .body("errors[0].pointer", equalTo("/ids"));
        problem(asModerator().contentType(ContentType.JSON).body(Map.of("ids", List.of(), "status", "approved"))
                .when().post("/api/v1/reviews/moderation").then(), 400, "validation-failed")
                .body("errors[0].pointer", equalTo("/ids"));
        List<String> twice = new ArrayList<>(ids);
        twice.add(ids.get(0));
        asModerator().contentType(ContentType.JSON)
                .body(Map.of("ids", twice, "status", "approved", "note", "Batch of fine reviews."))
                .when().post("/api/v1/reviews/moderation").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.id", equalTo(ids))
                .body("items.status", equalTo(List.of("approved", "approved", "approved")))
                .body("items.moderationNote", equalTo(List.of("Batch of fine reviews.", "Batch of fine reviews.",
                        "Batch of fine reviews.")));
        publicList(article).body("items", hasSize(3)).body("summary.count", equalTo(3))
                .body("summary.average", equalTo(5.0f));
        asModerator().when().get("/api/v1/reviews/" + ids.get(0)).then().body("history", hasSize(2));
    }

    @Test
    void shouldDeleteReviewWithItsHistory() {
        String article = story();
        String id = submitted(article, review(1, "Deleted reader"));
        approve(id);
        publicList(article).body("summary.count", equalTo(1));
        problem(asModerator().header("If-Match", "\"r1\"").when().delete("/api/v1/reviews/" + id).then(), 412,
                "precondition-failed");
        asModerator().header("If-Match", etag(id)).when().delete("/api/v1/reviews/" + id).then().statusCode(204);
        problem(asModerator().when().get("/api/v1/reviews/" + id).then(), 404, "not-found");
        problem(asModerator().when().delete("/api/v1/reviews/" + id).then(), 404, "not-found");
        publicList(article).body("items", hasSize(0)).body("summary.count", equalTo(0));
    }

    @Test
    void shouldEraseEveryReviewOfAnEmailAddress() {
        String article = story();
        String email = unique("erase-me") + "@example.org";
        var one = review(4, "Erased reader");
        one.put("email", email);
        var two = review(2, "Erased reader");
        two.put("email", email.toUpperCase());
        var kept = review(5, "Kept reader");
        kept.put("email", unique("keep-me") + "@example.org");
        String first = submitted(article, one);
        submitted(story(), two);
        String keptId = submitted(article, kept);
        approve(first);
        asModerator().contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase()))
                .when().post("/api/v1/reviews/erasure").then().statusCode(200)
                .header("Cache-Control", "private, no-store").body("erased", equalTo(2));
        asModerator().queryParam("article", article).when().get("/api/v1/reviews").then()
                .body("items.id", equalTo(List.of(keptId)));
        publicList(article).body("summary.count", equalTo(0));
        asModerator().contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/api/v1/reviews/erasure").then().statusCode(200).body("erased", equalTo(0));
        problem(asModerator().contentType(ContentType.JSON).body(Map.of("email", "not an address"))
                .when().post("/api/v1/reviews/erasure").then(), 400, "validation-failed")
                .body("errors[0].pointer", equalTo("/email"));
    }

    @Test
    void shouldLetOnlyModeratorsAndAdminsModerate() {
        String id = submitted(story(), review(4, "Guarded reader"));
        problem(given().when().get("/api/v1/reviews").then(), 401, "unauthorized");
        problem(given().auth().oauth2(Api.token("partner")).when().get("/api/v1/reviews/" + id).then(), 403, "forbidden");
        problem(given().auth().oauth2(Api.token("partner")).contentType(ContentType.JSON)
                .body(Map.of("email", "a@example.org")).when().post("/api/v1/reviews/erasure").then(), 403, "forbidden");
        // Editors see reviews as readers do: no queue, no e-mail addresses, no erasure.
        problem(asEditor().when().get("/api/v1/reviews/" + id).then(), 403, "forbidden");
        given().auth().oauth2(Api.ADMIN).when().get("/api/v1/reviews/" + id).then().statusCode(200)
                .body("status", equalTo("pending"));
    }

    @Test
    void shouldAnswerUnknownReviewsWithNotFound() {
        problem(asModerator().when().get("/api/v1/reviews/not-a-review").then(), 404, "not-found");
        problem(asModerator().contentType(ContentType.JSON).header("If-Match", "\"r1\"").body(Map.of("status", "spam"))
                .when().patch("/api/v1/reviews/" + UUID.randomUUID()).then(), 404, "not-found");
        problem(asModerator().when().delete("/api/v1/reviews/" + UUID.randomUUID()).then(), 404, "not-found");
    }
}
