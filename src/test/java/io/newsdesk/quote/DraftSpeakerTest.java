package io.newsdesk.quote;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.newsdesk.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A speaker is one across stories. What a draft's quote says of them (role, description) must not show
 * on published stories before the draft is published: it changes only a speaker the draft creates.
 */
@QuarkusTest
class DraftSpeakerTest {

    private static String quote(String article, String name, String role, String description) {
        return asEditor().contentType(ContentType.JSON)
                .body(Map.of("text", "The council met on Tuesday",
                        "speaker", Map.of("name", name, "role", role, "description", description)))
                .when().post("/api/v1/articles/" + article + "/quotes").then().statusCode(201)
                .extract().path("speaker.slug");
    }

    @Test
    void shouldNotChangeAPublicSpeakerFromADraftsQuote() {
        String name = "Tove " + unique("Brandt").replace("-", "");
        String live = published(story(unique("Public story quoting")));
        String slug = quote(live, name, "harbour master", "Runs the port authority.");
        String draft = Api.create(story(unique("Draft quoting"))).statusCode(201).extract().path("id");
        Map<String, Object> embargoed = story(unique("Embargoed quoting"));
        embargoed.put("embargoUntil", "2200-01-01T00:00:00Z");
        String held = published(embargoed);

        quote(draft, name, "former harbour master", "Resigned after the inquiry.");
        quote(held, name, "acting mayor", "Appointed in secret.");

        given().when().get("/api/v1/speakers/" + slug).then().statusCode(200)
                .body("role", equalTo("harbour master"))
                .body("description", equalTo("Runs the port authority."));
        given().when().get("/api/v1/quotes?article=" + live).then().statusCode(200)
                .body("items[0].speaker.role", equalTo("harbour master"));
    }

    @Test
    void shouldChangeItFromAPublishedStorysQuote() {
        String name = "Ivo " + unique("Sandell").replace("-", "");
        String first = published(story(unique("First public story")));
        String slug = quote(first, name, "ferry captain", "Skipper of the island ferry.");
        String second = published(story(unique("Second public story")));
        quote(second, name, "harbour pilot", "Guides ships into the port.");
        given().when().get("/api/v1/speakers/" + slug).then().statusCode(200)
                .body("role", equalTo("harbour pilot"));
    }
}
