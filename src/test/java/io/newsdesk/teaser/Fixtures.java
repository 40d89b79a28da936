package io.newsdesk.teaser;

import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.unique;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Test data of the teaser features: fresh sections and words no other story uses. */
final class Fixtures {
    private Fixtures() {
    }

    /** A new section only the calling test files stories in; returns its slug. */
    static String section() {
        String slug = unique("desk");
        asEditor().contentType(ContentType.JSON).body(Map.of("slug", slug, "name", "Desk " + slug))
                .when().post("/api/v1/sections").then().statusCode(201);
        return slug;
    }

    /**
     * A made-up word of letters only, so every search configuration reads it as one word and no other
     * story contains it.
     */
    static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    /** A story with its own headline, standfirst and one paragraph, in a section, with tags. */
    static Map<String, Object> story(String section, String headline, String standfirst, String paragraph,
            String... tags) {
        Map<String, Object> story = io.newsdesk.support.Api.story(headline);
        story.put("section", section);
        story.put("standfirst", standfirst);
        story.put("tags", List.of(tags));
        story.put("body", List.of(Map.of("type", "paragraph", "text", paragraph)));
        return story;
    }

    /** The story with a publication time of the test's choosing. */
    static Map<String, Object> publishAt(Map<String, Object> story, Instant at) {
        story.put("publishAt", at.toString());
        return story;
    }

    /** A new partner key limited to one section; returns its secret. */
    static String partnerOf(String section) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Partner of " + section), "role", "partner", "sections", List.of(section)))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");
    }

    /** An RFC 9457 problem of this status and type, with a detail. */
    static ValidatableResponse isProblem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("type", equalTo("/problems/" + type))
                .body("detail", notNullValue());
    }

    /** A story about nothing in particular, so it matches only by what the test sets. */
    static Map<String, Object> plain(String section, String... tags) {
        return story(section, unique("Plain") + " " + word(), word() + " " + word() + ".", word() + " " + word() + ".",
                tags);
    }
}
