package io.newsdesk.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Small builders for test data and tokens, so no test depends on another's leftovers. */
public final class Api {
    public static final String ADMIN = "test-admin-token";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    /** A token of the given role, created once per test run through the keys API. */
    public static String token(String role) {
        return TOKENS.computeIfAbsent(role, r -> given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "test " + r, "role", r))
                .when().post("/api/v1/keys")
                .then().statusCode(201).extract().path("secret"));
    }

    public static String editor() {
        return token("editor");
    }

    public static RequestSpecification asEditor() {
        return given().auth().oauth2(editor());
    }

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
            new java.util.concurrent.atomic.AtomicInteger(java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 15));

    /**
     * A fresh client address in the benchmarking range 198.18.0.0/15, for X-Forwarded-For (the test profile
     * trusts a proxy on loopback), so per-address throttles never get in a test's way.
     */
    public static String clientAddress() {
        int n = ADDRESSES.incrementAndGet() & 0x1ffff;
        return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    /** A unique word, for tags and slugs that only one test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid story body an editor could send; tests change what they need. */
    public static Map<String, Object> story(String headline) {
        Map<String, Object> story = new HashMap<>();
        story.put("headline", headline);
        story.put("standfirst", "A short standfirst for " + headline + ".");
        story.put("language", "en");
        story.put("section", "politics");
        story.put("tags", new ArrayList<>(List.of("test")));
        story.put("authors", List.of("Test Desk"));
        story.put("dateline", "Portmere");
        story.put("body", new ArrayList<>(List.of(
                Map.of("type", "paragraph", "text", "The council met on <em>Tuesday</em> to discuss the harbour."),
                Map.of("type", "heading", "text", "What comes next"),
                Map.of("type", "paragraph", "text", "A second paragraph with more detail."))));
        return story;
    }

    public static ValidatableResponse create(Map<String, Object> story) {
        return asEditor().contentType(ContentType.JSON).body(story)
                .when().post("/api/v1/articles").then();
    }

    /** Creates and publishes a story; returns its id. */
    public static String published(Map<String, Object> story) {
        story.put("status", "published");
        return create(story).statusCode(201).extract().path("id");
    }

    public static String etag(String id) {
        return asEditor().when().get("/api/v1/articles/" + id).then().statusCode(200).extract().header("ETag");
    }
}
