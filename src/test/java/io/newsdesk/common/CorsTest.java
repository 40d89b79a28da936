package io.newsdesk.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The test profile allows https://frontend.example.org and http://localhost:5173 only. */
@QuarkusTest
class CorsTest {
    private static final String SITE = "http://localhost:5173";

    @Test
    void shouldLetAnAllowedOriginReadTheHeadersAClientNeeds() {
        given().header("Origin", SITE)
                .when().get("/api/v1/articles").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(SITE))
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Link"),
                        containsString("Location"), containsString("Retry-After"), containsString("RateLimit-Limit"),
                        containsString("RateLimit-Remaining"), containsString("RateLimit-Reset"),
                        containsString("RateLimit-Policy")));
    }

    @Test
    void shouldAnswerAPreflightForAWriteWithATokenAndIfMatch() {
        given().header("Origin", SITE)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when().options("/api/v1/articles/some-story").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(SITE))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"),
                        containsString("If-Match"), containsString("Content-Type")))
                .header("Access-Control-Max-Age", equalTo("86400"));
    }

    @Test
    void shouldAnswerAPreflightForAReviewAndIfNoneMatch() {
        given().header("Origin", SITE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,if-none-match")
                .when().options("/api/v1/articles/some-story/reviews").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(SITE))
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void shouldGiveADisallowedOriginNoCorsHeaders() {
        given().header("Origin", "https://elsewhere.example.net")
                .when().get("/api/v1/articles").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Expose-Headers", nullValue());
        given().header("Origin", "https://elsewhere.example.net")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/articles/some-story").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }
}
