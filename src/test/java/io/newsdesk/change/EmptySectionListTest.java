package io.newsdesk.change;

import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.newsdesk.support.EditorDesk.live;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An explicitly empty section list grants no section; only an absent one means every section. */
@QuarkusTest
class EmptySectionListTest {

    private static String key(String role) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("No-section key"), "role", role, "sections", List.of()))
                .when().post("/api/v1/keys").then().statusCode(201).body("sections", empty())
                .extract().path("secret");
    }

    @Test
    void shouldShowAPartnerKeyWithNoSectionsNothing() {
        String partner = key("partner");
        FeedPoller feed = FeedPoller.fromNow(partner);
        String id = live("politics");
        feed.poll(20);
        assertEquals(List.of(), feed.of(id));
        given().auth().oauth2(partner).when().get("/api/v1/articles/" + id).then().statusCode(404);
        given().auth().oauth2(partner).when().get("/api/v1/feeds/politics.json").then().statusCode(404);
        given().auth().oauth2(partner).queryParam("tag", "test").when().get("/api/v1/articles").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void shouldLetAnEditorKeyWithNoSectionsWriteNowhere() {
        String editor = key("editor");
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(story(unique("Nowhere story")))
                .when().post("/api/v1/articles").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldSendAWebhookWithNoSectionsNothing() {
        String webhook = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:8238/no-sections", "sections", List.of()))
                .when().post("/api/v1/webhooks").then().statusCode(201).body("sections", empty()).extract().path("id");
        try {
            live("politics");
            live("science");
            given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks/" + webhook + "/deliveries").then()
                    .statusCode(200).body("items", empty());
        } finally {
            given().auth().oauth2(ADMIN).when().delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
        }
        asEditor().when().get("/api/v1/webhooks").then().statusCode(403).body("status", equalTo(403));
    }
}
