package io.newsdesk.review;

import static io.newsdesk.review.ReviewFixtures.address;
import static io.newsdesk.review.ReviewFixtures.approve;
import static io.newsdesk.review.ReviewFixtures.asModerator;
import static io.newsdesk.review.ReviewFixtures.problem;
import static io.newsdesk.review.ReviewFixtures.review;
import static io.newsdesk.review.ReviewFixtures.story;
import static io.newsdesk.review.ReviewFixtures.submit;
import static io.newsdesk.review.ReviewFixtures.submitFrom;
import static io.newsdesk.review.ReviewFixtures.submitted;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewSubmissionTest {

    private static ValidatableResponse queue(String article, String status) {
        return asModerator().queryParam("article", article).queryParam("status", status)
                .when().get("/api/v1/reviews").then().statusCode(200);
    }

    @Test
    void shouldAcceptAnonymousReviewAsPending() {
        String article = story();
        var review = review(5, "Mara Lindqvist");
        review.put("email", "Mara.Lindqvist@Example.org");
        String id = submit(article, review).statusCode(202)
                .header("Cache-Control", "no-store")
                .body("status", equalTo("pending")).body("id", notNullValue())
                .extract().path("id");
        queue(article, "pending").body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].articleId", equalTo(article))
                .body("items[0].email", equalTo("mara.lindqvist@example.org"))
                .body("items[0].language", equalTo("en"))
                .body("items[0].rating", equalTo(5));
        given().when().get("/api/v1/articles/" + article + "/reviews").then().statusCode(200)
                .body("items", hasSize(0)).body("summary.count", equalTo(0));
    }

    @Test
    void shouldAcceptReviewBySlug() {
        String article = story();
        String slug = given().when().get("/api/v1/articles/" + article).then().extract().path("slug");
        submit(slug, review(3, "Reader by slug")).statusCode(202);
        queue(article, "pending").body("items", hasSize(1));
    }

    @Test
    void shouldRejectReviewOfUnknownOrUnpublishedStory() {
        problem(submit("no-such-story-" + unique("x"), review(4, "Lost reader")), 404, "not-found");
        String draft = Api.create(Api.story(unique("Draft story"))).statusCode(201).extract().path("id");
        problem(submit(draft, review(4, "Early reader")), 404, "not-found");
        problem(given().when().get("/api/v1/articles/" + draft + "/reviews").then(), 404, "not-found");
    }

    @Test
    void shouldRejectReviewWhenReviewsAreClosed() {
        String article = story();
        asEditor().contentType(ContentType.JSON).body(Map.of("closed", true))
                .when().put("/api/v1/articles/" + article + "/reviews/settings").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("closed", equalTo(true)).body("articleId", equalTo(article)).body("updatedBy", equalTo("test editor"));
        problem(submit(article, review(2, "Late reader")), 409, "reviews-closed")
                .body("detail", containsString("no more reviews"));
        given().when().get("/api/v1/articles/" + article + "/reviews").then().statusCode(200).body("closed", equalTo(true));
        asModerator().contentType(ContentType.JSON).body(Map.of("closed", false))
                .when().put("/api/v1/articles/" + article + "/reviews/settings").then().statusCode(200)
                .body("closed", equalTo(false));
        submit(article, review(2, "Late reader")).statusCode(202);
    }

    @Test
    void shouldLetOnlyEditorsAndModeratorsCloseReviews() {
        String article = story();
        problem(given().contentType(ContentType.JSON).body(Map.of("closed", true))
                .when().put("/api/v1/articles/" + article + "/reviews/settings").then(), 401, "unauthorized");
        problem(given().auth().oauth2(Api.token("partner")).contentType(ContentType.JSON).body(Map.of("closed", true))
                .when().put("/api/v1/articles/" + article + "/reviews/settings").then(), 403, "forbidden");
        problem(asEditor().contentType(ContentType.JSON).body(Map.of())
                .when().put("/api/v1/articles/" + article + "/reviews/settings").then(), 400, "validation-failed")
                .body("errors[0].pointer", equalTo("/closed"));
        problem(asEditor().contentType(ContentType.JSON).body(Map.of("closed", true))
                .when().put("/api/v1/articles/not-an-id/reviews/settings").then(), 404, "not-found");
        problem(asEditor().contentType(ContentType.JSON).body(Map.of("closed", true))
                .when().put("/api/v1/articles/" + java.util.UUID.randomUUID() + "/reviews/settings").then(), 404, "not-found");
        asEditor().when().delete("/api/v1/articles/" + article).then().statusCode(204);
        problem(asEditor().contentType(ContentType.JSON).body(Map.of("closed", true))
                .when().put("/api/v1/articles/" + article + "/reviews/settings").then(), 410, "gone");
    }

    @Test
    void shouldRejectReviewWithoutRating() {
        var review = review(4, "Forgetful reader");
        review.remove("rating");
        problem(submit(story(), review), 400, "validation-failed")
                .body("errors", hasSize(1)).body("errors[0].pointer", equalTo("/rating"));
    }

    @Test
    void shouldPointAtEachInvalidField() {
        String article = story();
        var review = review(6, " ");
        // Exactly 20 characters: the shortest body allowed, so the body is not among the errors.
        review.put("body", "Too short to say it.");
        review.put("email", "not-an-address");
        review.put("language", "not a language");
        review.put("title", "t".repeat(201));
        problem(submit(article, review), 400, "validation-failed")
                .body("errors.pointer", equalTo(List.of("/authorName", "/email", "/language", "/rating", "/title")));
        var padded = review(4, "Padded reader");
        padded.put("body", "   nineteen characters        ");
        problem(submit(article, padded), 400, "validation-failed")
                .body("errors[0].pointer", equalTo("/body")).body("errors[0].message", containsString("20 to 5000 characters"));
        var long_ = review(4, "Verbose reader");
        long_.put("body", "word ".repeat(1001));
        problem(submit(article, long_), 400, "validation-failed").body("errors[0].pointer", equalTo("/body"));
        var missing = review(4, "Silent reader");
        missing.remove("body");
        problem(submit(article, missing), 400, "validation-failed").body("errors[0].pointer", equalTo("/body"));
        var unknown = review(4, "Curious reader");
        unknown.put("status", "approved");
        problem(submit(article, unknown), 400, "validation-failed").body("errors[0].pointer", equalTo("/status"));
        problem(given().header("X-Forwarded-For", address()).contentType(ContentType.JSON).body("{\"rating\": ")
                .when().post("/api/v1/articles/" + article + "/reviews").then(), 400, "malformed-json");
        problem(given().header("X-Forwarded-For", address()).contentType(ContentType.TEXT).body("Nice story")
                .when().post("/api/v1/articles/" + article + "/reviews").then(), 415, "unsupported-media-type");
        problem(given().header("X-Forwarded-For", address()).contentType(ContentType.JSON)
                .when().post("/api/v1/articles/" + article + "/reviews").then(), 400, "bad-request");
        asModerator().queryParam("article", article).when().get("/api/v1/reviews").then().body("items", hasSize(0));
    }

    @Test
    void shouldStoreHoneypotSubmissionAsSpamButAnswerLikeAnyOther() {
        String article = story();
        var review = review(5, "Helpful bot");
        review.put("website", "https://cheap.example");
        String id = submit(article, review).statusCode(202).body("status", equalTo("pending")).extract().path("id");
        queue(article, "pending").body("items", hasSize(0));
        queue(article, "spam").body("items.id", equalTo(List.of(id)))
                .body("items[0].spamReason", equalTo("honeypot field filled in"));
        // Sent again, it is still "accepted": the bot learns nothing.
        submit(article, review).statusCode(202);
    }

    @Test
    void shouldRefuseTheSameTextFromTheSameAuthorTwice() {
        String article = story();
        var review = review(4, "Repeat Reader");
        submit(article, review).statusCode(202);
        var again = review(1, "  repeat   reader ");
        again.put("body", ((String) review.get("body")).toUpperCase().replace(" ", "\n "));
        again.put("title", "Another title");
        problem(submit(article, again), 409, "duplicate-review").body("detail", containsString("already"));
        submit(article, review(4, "Another Reader")).statusCode(202);
        var elsewhere = review(4, "Repeat Reader");
        elsewhere.put("body", review.get("body"));
        submit(story(), elsewhere).statusCode(202);
    }

    @Test
    void shouldAcceptOnlyOneOfTwoIdenticalReviewsSentAtOnce() throws Exception {
        String article = story();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                var review = review(4, "Double clicker " + round);
                var start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return submit(article, review).extract().statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new java.util.ArrayList<>();
                for (var answer : answers) {
                    statuses.add(answer.get());
                }
                statuses.sort(null);
                assertEquals(List.of(202, 409), statuses);
            }
        } finally {
            pool.shutdownNow();
        }
        queue(article, "pending").body("items", hasSize(3));
    }

    @Test
    void shouldSendLikelySpamStraightToSpamWithTheReason() {
        String article = story();
        Map<String, String> reasons = Map.of(
                "Great deals at https://a.example https://b.example https://c.example " + unique("x"), "3 links",
                "I won a fortune at the casino after reading this " + unique("x"), "blocked word 'casino'",
                "THIS IS THE MOST BIASED REPORTING I HAVE SEEN " + unique("x").toUpperCase(), "capital letters",
                "Wow wow wow wow what a story!!!!!!!!!!!!!!! " + unique("x"), "repeated");
        reasons.forEach((body, reason) -> {
            var review = review(1, "Suspect " + unique("r"));
            review.remove("title");
            review.put("body", body);
            submit(article, review).statusCode(202).body("status", equalTo("pending"));
        });
        queue(article, "pending").body("items", hasSize(0));
        List<String> caught = queue(article, "spam").body("items", hasSize(4)).extract().path("items.spamReason");
        reasons.values().forEach(reason -> assertTrue(caught.stream().anyMatch(c -> c.contains(reason)),
                reason + " in " + caught));
        asModerator().queryParam("article", article).queryParam("status", "spam").when().get("/api/v1/reviews").then()
                .body("items.status", hasItem("spam"));
    }

    @Test
    void shouldKeepMarkupAsPlainText() {
        String article = story();
        var review = review(4, "<b>Markup</b> Fan");
        String body = "<script>alert('x')</script> & <em>really</em> a good read " + unique("x");
        review.put("body", body);
        String id = submitted(article, review);
        approve(id);
        given().when().get("/api/v1/articles/" + article + "/reviews").then().statusCode(200)
                .body("items[0].body", equalTo(body)).body("items[0].authorName", equalTo("<b>Markup</b> Fan"));
    }

    @Test
    void shouldLimitSubmissionsPerAddress() {
        String article = story();
        String address = address();
        // The test profile allows 5 submissions per address and hour.
        for (int i = 0; i < 5; i++) {
            submitFrom(address, article, review(4, "Busy reader " + i)).statusCode(202);
        }
        var refused = problem(submitFrom(address, article, review(4, "Busy reader 6")), 429, "too-many-requests")
                .header("Retry-After", notNullValue()).body("detail", containsString("try again")).extract();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
        submitFrom(address(), article, review(4, "Neighbour")).statusCode(202);
        queue(article, "pending").body("items", hasSize(6));
    }

    @Test
    void shouldAnswerReviewsOnlyOfStoriesThePartnerMaySee() {
        String article = story();
        String partner = given().auth().oauth2(Api.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Science partner"), "role", "partner", "sections", List.of("science")))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        problem(given().auth().oauth2(partner).when().get("/api/v1/articles/" + article + "/reviews").then(), 404, "not-found");
        given().when().get("/api/v1/articles/" + article + "/reviews").then().statusCode(200)
                .body("closed", equalTo(false)).body("next", nullValue()).body("summary.count", equalTo(0));
    }
}
