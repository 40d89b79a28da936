package io.newsdesk.common;

import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.editor;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Inputs past what the database or the request limit holds get a clear problem, never a 500. */
@QuarkusTest
class InputLimitsTest {
    private static final String FAR = "+100000-01-01T00:00:00Z";

    @Test
    void shouldRefuseABodyThatOutgrowsItsColumnOnceSanitised() {
        Map<String, Object> story = story(unique("Ampersand story"));
        List<Map<String, Object>> body = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            body.add(Map.of("type", "paragraph", "text", "&".repeat(19_000)));
        }
        story.put("body", body);
        asEditor().contentType(ContentType.JSON).body(story).when().post("/api/v1/articles").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/body-too-large"))
                .body("errors[0].pointer", equalTo("/body"));
    }

    @Test
    void shouldRefuseTimesTheDatabaseCannotStore() {
        Map<String, Object> story = story(unique("Far future story"));
        story.put("status", "published");
        story.put("publishAt", FAR);
        asEditor().contentType(ContentType.JSON).body(story).when().post("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].pointer", equalTo("/publishAt"));
        Map<String, Object> embargoed = story(unique("Far embargo story"));
        embargoed.put("embargoUntil", "-5000-01-01T00:00:00Z");
        asEditor().contentType(ContentType.JSON).body(embargoed).when().post("/api/v1/articles").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/embargoUntil"));
        String draft = asEditor().contentType(ContentType.JSON).body(story(unique("Draft to publish far")))
                .when().post("/api/v1/articles").then().statusCode(201).extract().path("id");
        asEditor().contentType(ContentType.JSON).body(Map.of("publishAt", FAR))
                .when().post("/api/v1/articles/" + draft + "/publish").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/publishAt"));
        asEditor().when().get("/api/v1/articles/" + draft).then().statusCode(200).body("status", equalTo("draft"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Far key"), "role", "partner", "expiresAt", FAR))
                .when().post("/api/v1/keys").then().statusCode(400).body("errors[0].pointer", equalTo("/expiresAt"));
        for (String filter : new String[] { "since", "until" }) {
            given().queryParam(filter, FAR).when().get("/api/v1/articles").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].parameter", equalTo(filter));
        }
    }

    @Test
    void shouldPublishAStoryEmbargoedPastTheSearchIndexsNanosecondRange() {
        Map<String, Object> story = story(unique("Embargoed for centuries"));
        story.put("embargoUntil", "2999-01-01T00:00:00Z");
        story.put("status", "published");
        String id = asEditor().contentType(ContentType.JSON).body(story).when().post("/api/v1/articles").then()
                .statusCode(201).extract().path("id");
        given().when().get("/api/v1/articles/" + id).then().statusCode(404);
    }

    @Test
    void shouldRefuseCursorsWhoseTimeTheDatabaseCannotStore() {
        String raw = "1|" + 31_556_889_864_403_199L + "|0|" + UUID.randomUUID();
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        given().queryParam("cursor", cursor).when().get("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("cursor"));
    }

    private static HttpResponse<String> chunked(String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + editor()).header("Content-Type", "application/json")
                // A stream of unknown length goes out chunked, with no Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldHoldChunkedBodiesToTheSizeLimitWithAProblem() throws Exception {
        Map<String, Object> story = story(unique("Chunked story"));
        HttpResponse<String> small = chunked("/api/v1/articles", new ObjectMapper().writeValueAsBytes(story));
        assertEquals(201, small.statusCode(), small.body());

        Map<String, Object> huge = story(unique("Huge chunked story"));
        huge.put("standfirst", "x".repeat(2 * 1024 * 1024));
        HttpResponse<String> answer = chunked("/api/v1/articles", new ObjectMapper().writeValueAsBytes(huge));
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(answer.body().contains("\"status\":413"), answer.body());
    }
}
