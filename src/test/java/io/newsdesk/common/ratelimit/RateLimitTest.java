package io.newsdesk.common.ratelimit;

import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateLimitTest {

    private static Map<String, Object> createKey(Map<String, Object> body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/keys").then().statusCode(201).extract().as(Map.class);
    }

    @Test
    void shouldHoldAKeyToItsOwnLimitWithHeadersAndA429Problem() {
        String secret = (String) createKey(Map.of("name", unique("Tiny partner"), "role", "partner", "rateLimit", 2))
                .get("secret");
        given().auth().oauth2(secret).when().get("/api/v1/articles").then().statusCode(200)
                .header("RateLimit-Limit", "2").header("RateLimit-Remaining", "1")
                .header("RateLimit-Reset", notNullValue()).header("RateLimit-Policy", "2;w=60");
        given().auth().oauth2(secret).when().get("/api/v1/articles").then().statusCode(200)
                .header("RateLimit-Remaining", "0");
        given().auth().oauth2(secret).when().get("/api/v1/articles").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Limit", "2").header("RateLimit-Remaining", "0")
                .body("type", equalTo("/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("detail", containsString("2 requests per minute"))
                .body("requestId", notNullValue());
        // Other clients are not affected.
        given().when().get("/api/v1/articles").then().statusCode(200);
    }

    @Test
    void shouldCountEveryRouteAgainstTheSameKey() {
        String secret = (String) createKey(Map.of("name", unique("One-shot"), "role", "partner", "rateLimit", 1))
                .get("secret");
        given().auth().oauth2(secret).when().get("/api/v1/no-such-thing").then().statusCode(404)
                .header("RateLimit-Remaining", "0");
        given().auth().oauth2(secret).when().get("/api/v1/articles").then().statusCode(429)
                .header("Retry-After", notNullValue());
    }

    @Test
    void shouldApplyTheRoleDefaultToKeysWithoutALimit() {
        Map<String, Object> key = createKey(Map.of("name", unique("Default partner"), "role", "partner"));
        Object effective = key.get("effectiveRateLimit");
        given().auth().oauth2((String) key.get("secret")).when().get("/api/v1/articles").then().statusCode(200)
                .header("RateLimit-Limit", String.valueOf(effective));
        given().auth().oauth2(ADMIN).when().get("/api/v1/keys/" + key.get("id")).then().statusCode(200)
                .body("effectiveRateLimit", equalTo(effective)).body("rateLimit", nullValue())
                .body("secret", nullValue());
    }

    @Test
    void shouldLimitAnonymousClientsAndReportItOnEveryAnswer() {
        given().when().get("/api/v1/articles").then().statusCode(200)
                .header("RateLimit-Limit", notNullValue()).header("RateLimit-Remaining", notNullValue());
        given().when().get("/api/v1/nothing-here").then().statusCode(404)
                .header("RateLimit-Limit", notNullValue());
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/articles").then().statusCode(401)
                .header("RateLimit-Limit", notNullValue());
    }

    @Test
    void shouldNeverLimitOperationsEndpoints() {
        given().when().get("/q/health/live").then().statusCode(200).header("RateLimit-Limit", nullValue());
    }
}
