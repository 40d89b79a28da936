package io.newsdesk.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void shouldReportLiveAndReadyWithDatabase() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().when().get("/api/v1/articles").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void shouldTagACachedAnswerByItsUriTemplate() {
        String slug = Api.unique("metrics-story");
        Map<String, Object> story = Api.story("Tide gauge readings go online");
        story.put("slug", slug);
        Api.published(story);
        String address = Api.clientAddress();
        given().header("X-Forwarded-For", address).when().get("/api/v1/articles/" + slug).then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", address).when().get("/api/v1/articles/" + slug).then().statusCode(200)
                    .header("X-Cache", "hit").header("RateLimit-Remaining", notNullValue());
        }
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        // One series for every story, not one per slug; the hits are counted in it.
        assertTrue(metrics.contains("uri=\"/articles/{article}\""), () -> "no series for the template: "
                + metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")).toList());
        assertFalse(metrics.contains(slug), "a series named after the story's own path");
    }

    @Test
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void shouldGiveEveryResponseARequestId() {
        given().when().get("/api/v1/articles").then().header("X-Request-Id", notNullValue());
    }

    @Test
    void shouldAllowCrossOriginReads() {
        given().header("Origin", "https://frontend.example.org")
                .when().get("/api/v1/articles").then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }
}
