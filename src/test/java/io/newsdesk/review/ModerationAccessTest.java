package io.newsdesk.review;

import static io.newsdesk.review.ReviewFixtures.asModerator;
import static io.newsdesk.review.ReviewFixtures.review;
import static io.newsdesk.review.ReviewFixtures.submitted;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Moderation is the moderators' (and admins') own: readers' e-mail addresses stay out of the newsroom. */
@QuarkusTest
class ModerationAccessTest {

    @Test
    void shouldKeepEditorsOutOfModerationAndReadersAddresses() {
        String article = published(story(unique("Story with a review")));
        String id = submitted(article, review(4, "Mara Quill"));
        for (var response : new io.restassured.response.ValidatableResponse[] {
                asEditor().when().get("/api/v1/reviews?status=pending").then(),
                asEditor().when().get("/api/v1/reviews/" + id).then(),
                asEditor().when().delete("/api/v1/reviews/" + id).then(),
                asEditor().contentType(ContentType.JSON).body(Map.of("email", "reader@example.org"))
                        .when().post("/api/v1/reviews/erasure").then(),
                asEditor().contentType(ContentType.JSON).body(Map.of("status", "approved"))
                        .when().patch("/api/v1/reviews/" + id).then() }) {
            response.statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
        }
        asModerator().when().get("/api/v1/reviews/" + id).then().statusCode(200).body("status", equalTo("pending"));
    }

    @Test
    void shouldAnswerModeratorsAboutDraftsAsAboutStoriesThatDoNotExist() {
        String draft = Api.create(story(unique("Draft closed for reviews"))).statusCode(201).extract().path("id");
        Map<String, Object> embargoed = story(unique("Embargoed story"));
        embargoed.put("embargoUntil", "2999-01-01T00:00:00Z");
        String held = published(embargoed);
        String missing = UUID.randomUUID().toString();

        ExtractableResponse<Response> unknown = asModerator().contentType(ContentType.JSON).body(Map.of("closed", true))
                .when().put("/api/v1/articles/" + missing + "/reviews/settings").then().statusCode(404).extract();
        for (String hidden : new String[] { draft, held }) {
            ExtractableResponse<Response> answer = asModerator().contentType(ContentType.JSON).body(Map.of("closed", true))
                    .when().put("/api/v1/articles/" + hidden + "/reviews/settings").then().statusCode(404)
                    .contentType("application/problem+json").extract();
            assertEquals(unknown.path("type").toString(), answer.path("type").toString());
            assertEquals(unknown.path("detail").toString().replace(missing, hidden), answer.path("detail").toString());
        }
        int unknownFilter = asModerator().queryParam("article", missing).when().get("/api/v1/reviews").then()
                .extract().statusCode();
        asModerator().queryParam("article", draft).when().get("/api/v1/reviews").then().statusCode(unknownFilter);
        // Editors still set it on drafts, so a story can go out closed.
        asEditor().contentType(ContentType.JSON).body(Map.of("closed", true))
                .when().put("/api/v1/articles/" + draft + "/reviews/settings").then().statusCode(200)
                .body("closed", equalTo(true));
        given().when().get("/api/v1/articles/" + draft).then().statusCode(404);
    }
}
