package io.newsdesk;

import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.etag;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An editor key limited to some sections writes in those only, through every feature that writes. */
@QuarkusTest
class SectionLimitedEditorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String scienceEditor() {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Science desk"), "role", "editor", "sections", List.of("science")))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    @Test
    void shouldRefuseToCreateOrMoveStoriesOutsideTheKeysSections() {
        String editor = scienceEditor();
        Map<String, Object> politics = story(unique("Out of scope story"));
        problem(given().auth().oauth2(editor).contentType(ContentType.JSON).body(politics)
                .when().post("/api/v1/articles").then(), 403)
                .body("type", equalTo("/problems/forbidden")).body("errors[0].pointer", equalTo("/section"));

        Map<String, Object> science = story(unique("In scope story"));
        science.put("section", "science");
        String id = given().auth().oauth2(editor).contentType(ContentType.JSON).body(science)
                .when().post("/api/v1/articles").then().statusCode(201).extract().path("id");
        String tag = given().auth().oauth2(editor).when().get("/api/v1/articles/" + id).then().statusCode(200)
                .extract().header("ETag");
        problem(given().auth().oauth2(editor).header("If-Match", tag).contentType("application/merge-patch+json")
                .body(Map.of("section", "politics")).when().patch("/api/v1/articles/" + id).then(), 403)
                .body("errors[0].pointer", equalTo("/section"));
        given().auth().oauth2(editor).when().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("section.slug", equalTo("science")).body("revision", equalTo(1));
    }

    @Test
    void shouldTreatStoriesOfOtherSectionsAsUnknownOnEveryWrite() {
        String editor = scienceEditor();
        String id = published(story(unique("Politics story")));
        String quote = asEditor().contentType(ContentType.JSON)
                .body(Map.of("text", "The council met on Tuesday", "speaker", Map.of("name", "Ines Marlow")))
                .when().post("/api/v1/articles/" + id + "/quotes").then().statusCode(201).extract().path("id");
        String tag = etag(id);
        String path = "/api/v1/articles/" + id;

        problem(given().auth().oauth2(editor).header("If-Match", tag).contentType(ContentType.JSON)
                .body(story(unique("Rewritten"))).when().put(path).then(), 404);
        problem(given().auth().oauth2(editor).header("If-Match", tag).contentType("application/merge-patch+json")
                .body(Map.of("headline", "Rewritten")).when().patch(path).then(), 404);
        problem(given().auth().oauth2(editor).when().post(path + "/unpublish").then(), 404);
        problem(given().auth().oauth2(editor).when().post(path + "/publish").then(), 404);
        problem(given().auth().oauth2(editor).when().delete(path).then(), 404);
        problem(given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(Map.of("text", "The harbour", "speaker", Map.of("name", "Ines Marlow")))
                .when().post(path + "/quotes").then(), 404);
        problem(given().auth().oauth2(editor).when().post(path + "/quotes/extract").then(), 404);
        problem(given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(Map.of("text", "The council met", "speaker", Map.of("name", "Ines Marlow")))
                .when().put("/api/v1/quotes/" + quote).then(), 404);
        problem(given().auth().oauth2(editor).when().delete("/api/v1/quotes/" + quote).then(), 404);
        problem(given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("ids", List.of()))
                .when().put(path + "/related").then(), 404);
        problem(given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("closed", true))
                .when().put(path + "/reviews/settings").then(), 404);

        asEditor().when().get(path).then().statusCode(200).body("revision", equalTo(1)).body("status", equalTo("published"));
        asEditor().when().get("/api/v1/quotes/" + quote).then().statusCode(200);
    }

    @Test
    void shouldRefuseImportLinesOutsideTheKeysSections() throws Exception {
        String editor = scienceEditor();
        String id = published(story(unique("Politics story to import over")));
        String existing = JSON.writeValueAsString(Map.of("id", id, "headline", "Imported over", "section", "politics",
                "body", List.of(Map.of("type", "paragraph", "text", "Imported text."))));
        String fresh = JSON.writeValueAsString(Map.of("headline", unique("Imported politics"), "section", "politics",
                "body", List.of(Map.of("type", "paragraph", "text", "Imported text."))));
        String answer = given().auth().oauth2(editor).contentType("application/x-ndjson")
                .body((existing + "\n" + fresh + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/import").then().statusCode(200).extract().asString();
        List<JsonNode> results = answer.lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertEquals(2, results.size());
        assertEquals("problem", results.get(0).path("result").asText(), results.get(0).toString());
        assertEquals("problem", results.get(1).path("result").asText(), results.get(1).toString());
        asEditor().when().get("/api/v1/articles/" + id).then().statusCode(200).body("revision", equalTo(1));
    }
}
