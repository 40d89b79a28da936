package io.newsdesk.feed;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Absolute links come from newsdesk.public-base-url, never from a Host header a client can forge. */
@QuarkusTest
class PublicBaseUrlTest {
    private static final String FORGED = "attacker.example.net";
    private static final String BASE = "https://api.newsdesk.test";

    @Test
    void shouldBuildEveryLinkOnTheConfiguredAddressWhateverTheHostHeader() {
        String id = published(story(unique("Story behind a forged host")));
        published(story(unique("Second story behind a forged host")));
        for (String format : new String[] { "json", "rss", "atom" }) {
            String feed = given().header("Host", FORGED).queryParam("limit", 1).when().get("/api/v1/feeds/politics." + format)
                    .then().statusCode(200).header("Link", not(containsString(FORGED))).extract().asString();
            assertFalse(feed.contains(FORGED), format + " feed names the forged host");
            assertTrue(feed.contains(BASE + "/api/v1/"), format + " feed uses the configured base");
        }
        for (String type : new String[] { "application/ld+json", "application/ninjs+json" }) {
            String document = given().header("Host", FORGED).accept(type).when().get("/api/v1/articles/" + id).then()
                    .statusCode(200).extract().asString();
            assertFalse(document.contains(FORGED), type + " names the forged host");
        }
        String jsonLd = given().header("Host", FORGED).accept("application/ld+json").when().get("/api/v1/articles/" + id)
                .then().statusCode(200).extract().asString();
        assertTrue(jsonLd.contains(BASE + "/api/v1/articles/"), "JSON-LD links the story on the configured base");
        asEditor().header("Host", FORGED).contentType(ContentType.JSON).body(story(unique("Created behind a forged host")))
                .when().post("/api/v1/articles").then().statusCode(201)
                .header("Location", startsWith("/api/v1/articles/"));
        given().header("Host", FORGED).queryParam("limit", 1).when().get("/api/v1/articles").then().statusCode(200)
                .header("Link", not(containsString(FORGED)));
    }
}
