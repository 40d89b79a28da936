package io.newsdesk.common;

import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.token;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.common.security.Tokens;
import io.newsdesk.support.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthTest {

    private static io.restassured.response.ValidatableResponse createStory(String token) {
        var request = given().contentType(ContentType.JSON).body(story(unique("Auth")));
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/articles").then();
    }

    @Test
    void shouldRefuseWritesWithoutToken() {
        createStory(null).statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void shouldRefuseUnknownTokenEvenOnPublicReads() {
        createStory("nd_not-a-real-token").statusCode(401);
        given().auth().oauth2("nd_not-a-real-token").when().get("/api/v1/articles").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Basic YTpi").when().get("/api/v1/articles").then().statusCode(401);
    }

    @Test
    void shouldRefuseRolesThatMayNotEdit() {
        createStory(token("partner")).statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
        createStory(token("moderator")).statusCode(403);
        given().auth().oauth2(token("editor")).when().get("/api/v1/keys").then().statusCode(403);
    }

    @Test
    void shouldLetEditorsAndAdminsWrite() {
        createStory(token("editor")).statusCode(201);
        createStory(ADMIN).statusCode(201);
    }

    @Test
    void shouldShowKeySecretOnceAndListWithoutIt() {
        String name = unique("Syndication partner");
        var created = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "role", "partner", "sections", java.util.List.of("Politics"), "rateLimit", 120))
                .when().post("/api/v1/keys").then().statusCode(201)
                .header("Location", notNullValue())
                .body("secret", startsWith("nd_")).body("sections", equalTo(java.util.List.of("politics")))
                .extract();
        String secret = created.path("secret");
        given().auth().oauth2(ADMIN).when().get("/api/v1/keys").then().statusCode(200)
                .body("items.name", hasItem(name))
                .body("items.secret", everyItem(nullValue()))
                .body("items.prefix", hasItem(secret.substring(0, 10)));
        given().auth().oauth2(secret).when().get("/api/v1/articles").then().statusCode(200)
                .header("Cache-Control", "private, no-store");
    }

    @Test
    void shouldRevokeKeysAtOnce() {
        var created = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Short-lived"), "role", "editor"))
                .when().post("/api/v1/keys").then().statusCode(201).extract();
        String secret = created.path("secret");
        createStory(secret).statusCode(201);
        given().auth().oauth2(ADMIN).when().delete("/api/v1/keys/" + created.path("id")).then().statusCode(204);
        createStory(secret).statusCode(401);
        given().auth().oauth2(ADMIN).when().delete("/api/v1/keys/" + created.path("id")).then().statusCode(404);
        given().auth().oauth2(ADMIN).when().get("/api/v1/keys").then()
                .body("items.id", not(hasItem((String) created.path("id"))));
    }

    @Test
    void shouldNeverLogAPresentedTokenOrItsHash() {
        String partner = newKey("partner").path("secret");
        String editor = newKey("editor").path("secret");
        var revokedKey = newKey("editor");
        String revoked = revokedKey.path("secret");
        given().auth().oauth2(ADMIN).when().delete("/api/v1/keys/" + revokedKey.path("id")).then().statusCode(204);
        String unknown = "nd_" + UUID.randomUUID();
        String basic = Base64.getEncoder().encodeToString(("user:" + editor).getBytes(StandardCharsets.UTF_8));
        List<String> secrets = List.of(partner, editor, revoked, unknown, ADMIN, basic);
        try (LogCapture log = LogCapture.start()) {
            List<String> sent = List.of(
                    call("Bearer " + editor, "GET", "/api/v1/articles", 200),
                    call("Bearer " + ADMIN, "GET", "/api/v1/keys", 200),
                    call("Bearer " + partner, "POST", "/api/v1/articles", 403),
                    call("Bearer " + editor, "GET", "/api/v1/keys", 403),
                    call("Bearer " + unknown, "GET", "/api/v1/articles", 401),
                    call("Bearer " + revoked, "POST", "/api/v1/articles", 401),
                    call("Basic " + basic, "GET", "/api/v1/articles", 401),
                    call("Bearer " + editor, "GET", "/api/v1/articles/" + UUID.randomUUID(), 404));
            // Every answer's access-log line is seen before anything is looked for: the capture works.
            await().atMost(Duration.ofSeconds(10)).until(() -> sent.stream()
                    .allMatch(id -> log.accessLines().stream().anyMatch(line -> line.contains(id))));
            List<String> leaks = new ArrayList<>();
            for (String line : log.lines()) {
                for (String secret : secrets) {
                    if (line.contains(secret) || line.contains(Tokens.hash(secret))) {
                        leaks.add(line);
                    }
                }
            }
            assertEquals(List.of(), leaks, "a token or its hash in the log");
        }
    }

    /** Sends a request with this Authorization header and an id of its own, which it returns. */
    private static String call(String authorization, String method, String path, int status) {
        String id = "auth-log-" + UUID.randomUUID();
        var request = given().header(RequestIds.HEADER, id).header("Authorization", authorization);
        if (method.equals("POST")) {
            request.contentType(ContentType.JSON).body(story(unique("Logged")));
        }
        request.when().request(method, path).then().statusCode(status);
        return id;
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> newKey(String role) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Logged " + role), "role", role))
                .when().post("/api/v1/keys").then().statusCode(201).extract();
    }

    @Test
    void shouldRefuseExpiredKeys() {
        String secret = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Expired"), "role", "editor", "expiresAt", "2020-01-01T00:00:00Z"))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        createStory(secret).statusCode(401);
    }

    @Test
    void shouldValidateKeyRequests() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "superuser"))
                .when().post("/api/v1/keys").then().statusCode(400).body("errors[0].pointer", equalTo("/role"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("role", "partner"))
                .when().post("/api/v1/keys").then().statusCode(400).body("errors[0].pointer", equalTo("/name"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "partner", "sections", java.util.List.of("gardening")))
                .when().post("/api/v1/keys").then().statusCode(400).body("errors[0].pointer", equalTo("/sections/0"));
    }

    @Test
    void shouldShowPartnerKeysOnlyTheirSections() {
        String tag = unique("limited");
        var politics = story(unique("Politics for partners"));
        politics.put("tags", java.util.List.of(tag));
        politics.put("status", "published");
        String politicsId = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(politics)
                .when().post("/api/v1/articles").then().statusCode(201).extract().path("id");
        var science = story(unique("Science for partners"));
        science.put("tags", java.util.List.of(tag));
        science.put("section", "science");
        science.put("status", "published");
        String scienceId = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(science)
                .when().post("/api/v1/articles").then().statusCode(201).extract().path("id");
        String partner = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Science only"), "role", "partner", "sections", java.util.List.of("science")))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        given().auth().oauth2(partner).queryParam("tag", tag).when().get("/api/v1/articles").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(scienceId)));
        given().auth().oauth2(partner).when().get("/api/v1/articles/" + politicsId).then().statusCode(404);
        given().auth().oauth2(partner).when().get("/api/v1/articles/" + scienceId).then().statusCode(200);
    }
}
