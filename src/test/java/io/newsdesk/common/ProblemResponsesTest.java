package io.newsdesk.common;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Every kind of error is an RFC 9457 problem, and none shows the server's insides. */
@QuarkusTest
class ProblemResponsesTest {

    private static ValidatableResponse isProblem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("type", equalTo("/problems/" + type))
                .body("title", notNullValue()).body("detail", notNullValue())
                .body("requestId", notNullValue())
                .body(allOf(not(containsString("Exception")), not(containsString("io.newsdesk")),
                        not(containsString("select ")), not(containsString("\tat "))));
    }

    @Test
    void shouldAnswerUnknownRoutesWithProblem() {
        isProblem(given().when().get("/api/v1/nothing-here").then(), 404, "not-found");
        isProblem(given().when().get("/no/such/page").then(), 404, "not-found");
    }

    @Test
    void shouldAnswerUnknownArticleWithProblem() {
        isProblem(given().when().get("/api/v1/articles/no-such-story").then(), 404, "not-found");
        isProblem(asEditor().when().post("/api/v1/articles/not-a-uuid/publish").then(), 404, "not-found");
    }

    @Test
    void shouldAnswerWrongMethodWithProblem() {
        isProblem(asEditor().when().delete("/api/v1/articles").then(), 405, "method-not-allowed");
    }

    @Test
    void shouldAnswerMalformedJsonWithProblem() {
        isProblem(asEditor().contentType(ContentType.JSON).body("{\"headline\": ").when().post("/api/v1/articles")
                .then(), 400, "malformed-json");
        isProblem(asEditor().contentType(ContentType.JSON).body("[1, 2]").when().post("/api/v1/articles").then(),
                400, "malformed-json");
    }

    @Test
    void shouldAnswerWrongFieldTypeWithPointer() {
        var story = story(unique("Typed"));
        story.put("tags", "not-a-list");
        isProblem(asEditor().contentType(ContentType.JSON).body(story).when().post("/api/v1/articles").then(),
                400, "validation-failed").body("errors[0].pointer", equalTo("/tags"));
    }

    @Test
    void shouldAnswerUnsupportedMediaTypeWithProblem() {
        isProblem(asEditor().contentType("text/plain").body("headline").when().post("/api/v1/articles").then(),
                415, "unsupported-media-type");
    }

    @Test
    void shouldAnswerUnacceptableAcceptWithProblem() {
        isProblem(given().accept("text/csv").when().get("/api/v1/articles").then(), 406, "not-acceptable");
    }

    @Test
    void shouldAnswerOversizedBodyWithProblem() {
        String huge = "{\"headline\": \"" + "x".repeat(1_100_000) + "\"}";
        isProblem(asEditor().contentType(ContentType.JSON).body(huge).when().post("/api/v1/articles").then(),
                413, "payload-too-large");
    }

    @Test
    void shouldAnswerMissingBodyWithProblem() {
        isProblem(asEditor().contentType(ContentType.JSON).when().post("/api/v1/articles").then(), 400,
                "bad-request");
    }

    @Test
    void shouldEchoClientRequestId() {
        given().header("X-Request-Id", "trace-42").when().get("/api/v1/nothing-here").then()
                .header("X-Request-Id", "trace-42").body("requestId", equalTo("trace-42"));
    }
}
