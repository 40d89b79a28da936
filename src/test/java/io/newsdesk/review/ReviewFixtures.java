package io.newsdesk.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.newsdesk.support.Api;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Review test data. Every submission comes from a fresh client address (the test profile trusts
 * a proxy on loopback, so X-Forwarded-For names the client): no test uses up another's rate limit.
 */
final class ReviewFixtures {
    /** Addresses from the benchmarking range 198.18.0.0/15, counted from a random start. */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 16));

    private ReviewFixtures() {
    }

    /** Checks an RFC 9457 answer of the given status and problem type. */
    static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", equalTo("/problems/" + type))
                .body("detail", notNullValue());
    }

    static String address() {
        int n = NEXT_ADDRESS.incrementAndGet() & 0x1ffff;
        return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    /** A valid review; the body is unique, so it is never a duplicate of another test's. */
    static Map<String, Object> review(int rating, String author) {
        Map<String, Object> review = new HashMap<>();
        review.put("rating", rating);
        review.put("title", "Worth reading");
        review.put("body", "A careful and fair account of the events, " + Api.unique("ref") + ".");
        review.put("authorName", author);
        return review;
    }

    static ValidatableResponse submit(String article, Map<String, Object> review) {
        return submitFrom(address(), article, review);
    }

    static ValidatableResponse submitFrom(String address, String article, Map<String, Object> review) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(review)
                .when().post("/api/v1/articles/" + article + "/reviews").then();
    }

    /** Submits a review and answers its id. */
    static String submitted(String article, Map<String, Object> review) {
        return submit(article, review).statusCode(202).extract().path("id");
    }

    static String moderator() {
        return Api.token("moderator");
    }

    static RequestSpecification asModerator() {
        return given().auth().oauth2(moderator());
    }

    static String etag(String reviewId) {
        return asModerator().when().get("/api/v1/reviews/" + reviewId).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse decide(String reviewId, String status, String note) {
        Map<String, Object> decision = new HashMap<>();
        decision.put("status", status);
        if (note != null) {
            decision.put("note", note);
        }
        return asModerator().contentType(ContentType.JSON).header("If-Match", etag(reviewId)).body(decision)
                .when().patch("/api/v1/reviews/" + reviewId).then();
    }

    static void approve(String reviewId) {
        decide(reviewId, "approved", null).statusCode(200);
    }

    /** A published story with a tag of its own; answers its id. */
    static String story(String tag) {
        var story = Api.story(Api.unique("Reviewed story"));
        story.put("tags", java.util.List.of(tag));
        return Api.published(story);
    }

    static String story() {
        return story(Api.unique("reviewed"));
    }
}
