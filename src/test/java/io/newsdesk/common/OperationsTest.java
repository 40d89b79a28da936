package io.newsdesk.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
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
