package io.newsdesk.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
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

    /** A site must be able to read why it was refused and when to come back, or it cannot tell its reader. */
    @Test
    void shouldLetAnAllowedOriginReadA429AndWhenToComeBack() {
        String secret = given().auth().oauth2(Api.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", Api.unique("One request site"), "role", "partner", "rateLimit", 1))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        given().auth().oauth2(secret).header("Origin", SITE).when().get("/api/v1/articles").then().statusCode(200);
        given().auth().oauth2(secret).header("Origin", SITE).when().get("/api/v1/articles").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", equalTo("0"))
                .header("Access-Control-Allow-Origin", equalTo(SITE))
                .header("Access-Control-Expose-Headers", allOf(containsString("Retry-After"),
                        containsString("RateLimit-Limit"), containsString("RateLimit-Remaining"),
                        containsString("RateLimit-Reset"), containsString("RateLimit-Policy")));
    }

    /** The review form's own throttle answers 429 from inside the application, not from the rate limiter. */
    @Test
    void shouldLetAnAllowedOriginReadAThrottledReviewSubmission() {
        String story = Api.published(Api.story(Api.unique("Throttled reviews")));
        String address = "198.19.250." + (1 + (int) (Math.random() * 250));
        int status = 0;
        for (int i = 0; i < 20 && status != 429; i++) {
            status = given().header("Origin", SITE).header("X-Forwarded-For", address).contentType(ContentType.JSON)
                    .body(Map.of("rating", 3, "title", "Fine", "authorName", "Tove Sandling",
                            "body", "A fair and readable account of the harbour works, " + Api.unique("note") + "."))
                    .when().post("/api/v1/articles/" + story + "/reviews").then()
                    .header("Access-Control-Allow-Origin", equalTo(SITE))
                    .extract().statusCode();
        }
        assertEquals(429, status, "the throttle refuses at last");
        given().header("Origin", SITE).header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("rating", 3, "title", "Fine", "authorName", "Tove Sandling",
                        "body", "One more fair and readable account, " + Api.unique("note") + "."))
                .when().post("/api/v1/articles/" + story + "/reviews").then().statusCode(429)
                .header("Retry-After", notNullValue())
                .header("Access-Control-Allow-Origin", equalTo(SITE))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }
}
