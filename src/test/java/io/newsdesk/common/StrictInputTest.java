package io.newsdesk.common;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.support.Api;
import io.newsdesk.support.LogCapture;
import io.newsdesk.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** JSON is read as written, never coerced, and every refusal at the HTTP layer is a problem document. */
@QuarkusTest
class StrictInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ValidatableResponse refused(Map<String, Object> body, String path, String pointer) {
        return asEditor().contentType(ContentType.JSON).body(body).when().post(path).then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].pointer", equalTo(pointer));
    }

    private static ValidatableResponse refusedStory(String field, Object value, String pointer) {
        Map<String, Object> story = story(unique("Strict"));
        story.put(field, value);
        return refused(story, "/api/v1/articles", pointer);
    }

    private static JsonNode problem(RawHttp.Answer answer, int status) throws Exception {
        assertEquals(status, answer.status(), answer.text());
        assertTrue(answer.contentType().startsWith(Problem.MEDIA_TYPE), answer.contentType() + " " + answer.text());
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals(status, problem.path("status").asInt(), answer.text());
        assertTrue(problem.path("type").asText().startsWith("/problems/"), answer.text());
        assertTrue(problem.hasNonNull("title"), answer.text());
        return problem;
    }

    private static int storyCount() {
        return asEditor().queryParam("limit", "100").when().get("/api/v1/articles").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    private static byte[] bytes(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static Map<String, String> editorJson() {
        return Map.of("Authorization", "Bearer " + Api.editor(), "Content-Type", "application/json");
    }

    @Test
    void shouldRefuseNumberAsString() {
        refusedStory("headline", 123, "/headline");
        refusedStory("headline", true, "/headline");
        refusedStory("tags", List.of(123), "/tags/0");
    }

    @Test
    void shouldRefuseStringOrFractionAsInteger() {
        refusedStory("urgency", "3", "/urgency");
        refusedStory("urgency", 1.5, "/urgency");
        refusedStory("urgency", true, "/urgency");
    }

    @Test
    void shouldRefuseNumberAsTimestamp() {
        refusedStory("publishAt", 1_700_000_000, "/publishAt");
        refusedStory("embargoUntil", 1.7e9, "/embargoUntil");
        given().auth().oauth2(Api.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Timed key", "role", "partner", "expiresAt", 1_900_000_000))
                .when().post("/api/v1/keys").then().statusCode(400).body("errors[0].pointer", equalTo("/expiresAt"));
    }

    @Test
    void shouldRefuseTextOrNumberAsBoolean() {
        Map<String, Object> speaker = Map.of("name", "Hanna Ostrow");
        refused(Map.of("text", "The harbour is open again", "speaker", speaker, "partial", "true"),
                "/api/v1/articles/" + UUID.randomUUID() + "/quotes", "/partial");
        refused(Map.of("text", "The harbour is open again", "speaker", speaker, "partial", 1),
                "/api/v1/articles/" + UUID.randomUUID() + "/quotes", "/partial");
    }

    @Test
    void shouldRefuseRepeatedKeys() throws Exception {
        int before = storyCount();
        RawHttp.Answer answer = RawHttp.send("POST", "/api/v1/articles", editorJson(), bytes(
                "{\"headline\": \"One headline\", \"headline\": \"Another headline\", \"section\": \"politics\", ",
                "\"body\": [{\"type\": \"paragraph\", \"text\": \"Some words.\"}]}"));
        problem(answer, 400);
        assertEquals(before, storyCount());
    }

    @Test
    void shouldRefuseOverlongUtf8() throws Exception {
        int before = storyCount();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(bytes("{\"headline\": \"Slash "));
        body.write(0xC0); // an overlong two-byte form of '/'
        body.write(0xAF);
        body.writeBytes(bytes(" here\", \"section\": \"politics\", \"body\": [{\"type\": \"paragraph\", \"text\": \"Words.\"}]}"));
        problem(RawHttp.send("POST", "/api/v1/articles", editorJson(), body.toByteArray()), 400);
        assertEquals(before, storyCount());
    }

    @Test
    void shouldRefuseBodyWithoutContentType() throws Exception {
        int before = storyCount();
        RawHttp.Answer answer = RawHttp.send("POST", "/api/v1/articles",
                Map.of("Authorization", "Bearer " + Api.editor()), bytes(JSON.writeValueAsString(story(unique("Untyped")))));
        assertEquals("/problems/unsupported-media-type", problem(answer, 415).path("type").asText());
        assertEquals(before, storyCount());
    }

    @Test
    void shouldRefusePublishInAnotherMediaType() throws Exception {
        String id = Api.create(story(unique("Publish typed"))).statusCode(201).extract().path("id");
        asEditor().contentType("text/plain").body("{}").when().post("/api/v1/articles/" + id + "/publish")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
        RawHttp.Answer untyped = RawHttp.send("POST", "/api/v1/articles/" + id + "/publish",
                Map.of("Authorization", "Bearer " + Api.editor()), bytes("{}"));
        problem(untyped, 415);
        asEditor().when().get("/api/v1/articles/" + id).then().statusCode(200).body("status", equalTo("draft"));
        // With no body at all, publishing needs no media type.
        asEditor().when().post("/api/v1/articles/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("published"));
    }

    @Test
    void shouldRefuseNullBodies() {
        String id = Api.create(story(unique("Null publish"))).statusCode(201).extract().path("id");
        asEditor().contentType(ContentType.JSON).body("null").when().post("/api/v1/articles/" + id + "/publish")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("detail", notNullValue());
        asEditor().contentType(ContentType.JSON).body("null").when().post("/api/v1/articles")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        asEditor().when().get("/api/v1/articles/" + id).then().statusCode(200).body("status", equalTo("draft"));
    }

    @Test
    void shouldAnswerOverlongPathWithProblem() throws Exception {
        problem(RawHttp.send("GET", "/api/v1/articles/" + "a".repeat(10_000), Map.of(), null), 414);
    }

    @Test
    void shouldAnswerMalformedRequestTargetsWithALoggedProblem() throws Exception {
        // Broken and truncated escapes, escapes that are not UTF-8, a character no URI holds, raw non-ASCII.
        List<String> targets = List.of("/api/v1/articles?limit=%zz", "/api/v1/sections/%zz", "/api/v1/articles/%E0%A4%A",
                "/api/v1/sections/%C0%AF", "/api/v1/search?q=caf%C3", "/api/v1/search?q=a|b", "/api/v1/search?q=caf\u00e9");
        try (LogCapture log = LogCapture.start()) {
            for (String target : targets) {
                String id = "bad-target-" + UUID.randomUUID();
                JsonNode problem = problem(RawHttp.send("GET", target, Map.of(RequestIds.HEADER, id), null), 400);
                assertEquals("/problems/bad-request", problem.path("type").asText(), target);
                assertEquals(id, problem.path("requestId").asText(), target);
                await().atMost(Duration.ofSeconds(10)).until(() -> log.accessLines().stream()
                        .anyMatch(line -> line.contains(id) && line.contains("\" 400 ")));
            }
        }
        given().queryParam("q", "café").when().get("/api/v1/search").then().statusCode(200);
    }

    @Test
    void shouldAnswerControlCharactersInHeadersWithALoggedProblem() throws Exception {
        int before = storyCount();
        // In a value (BEL, ESC, DEL, a bare CR inside it), in a conditional header, in a name; on a read and a write.
        List<Map<String, String>> bad = List.of(Map.of("X-Note", "a\u0001b"), Map.of("X-Note", "\u001b[31mred"),
                Map.of("User-Agent", "probe\u007f"), Map.of("X-Note", "one\rtwo"), Map.of("If-None-Match", "\"r1\u0007\""),
                Map.of("X\u0001Note", "a"));
        try (LogCapture log = LogCapture.start()) {
            for (Map<String, String> headers : bad) {
                for (String method : List.of("GET", "POST")) {
                    String id = "bad-header-" + UUID.randomUUID();
                    Map<String, String> sent = new java.util.LinkedHashMap<>(headers);
                    sent.put(RequestIds.HEADER, id);
                    byte[] body = null;
                    if (method.equals("POST")) {
                        sent.putAll(editorJson());
                        body = bytes(JSON.writeValueAsString(story(unique("Header probe"))));
                    }
                    JsonNode problem = problem(RawHttp.send(method, "/api/v1/articles", sent, body), 400);
                    assertEquals("/problems/bad-request", problem.path("type").asText(), headers.toString());
                    assertEquals(id, problem.path("requestId").asText(), headers.toString());
                    assertTrue(problem.path("detail").asText().contains("control character")
                            || problem.path("detail").asText().contains("not a token"), problem.toString());
                    await().atMost(Duration.ofSeconds(10)).until(() -> log.accessLines().stream()
                            .anyMatch(line -> line.contains(id) && line.contains("\" 400 ")));
                }
            }
        }
        assertEquals(before, storyCount());
        // A tab and text outside ASCII (read as ISO-8859-1) are allowed in a value.
        assertEquals(200, RawHttp.send("GET", "/api/v1/articles", Map.of("X-Note", "a\tb caf\u00e9"), null).status());
    }

    @Test
    void shouldNotFindBlankIds() throws Exception {
        for (String path : new String[] { "/api/v1/sections/%20", "/api/v1/sections/%20politics",
                "/api/v1/sections/politics%09", "/api/v1/sections/%20/teasers", "/api/v1/speakers/%20",
                "/api/v1/articles/%20", "/api/v1/feeds/%20.json" }) {
            assertEquals(404, problem(RawHttp.send("GET", path, Map.of(), null), 404).path("status").asInt(), path);
        }
        given().when().get("/api/v1/sections/politics").then().statusCode(200);
    }

    @Test
    void shouldReadOnlyPureDigitsAsNumbers() throws Exception {
        for (String limit : new String[] { "2%00", "%202", "2%20", "+2", "-2", "2.0", "0x10", "99999999999", "２" }) {
            JsonNode problem = problem(RawHttp.send("GET", "/api/v1/articles?limit=" + limit, Map.of(), null), 400);
            assertEquals("limit", problem.path("errors").path(0).path("parameter").asText(), limit);
        }
        given().queryParam("limit", "2").when().get("/api/v1/articles").then().statusCode(200);
    }

    @Test
    void shouldIgnoreAnUnreadableDateAndRefuseAFailedIfMatchWithProblem() throws Exception {
        given().header("If-Modified-Since", "garbage").when().get("/api/v1/articles").then().statusCode(200);
        given().header("If-Match", "\"no-such-tag\"").when().get("/api/v1/articles").then().statusCode(412)
                .contentType(Problem.MEDIA_TYPE).body("type", equalTo("/problems/precondition-failed"));
    }
}
