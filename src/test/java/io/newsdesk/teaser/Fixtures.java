package io.newsdesk.teaser;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.unique;

import io.restassured.http.ContentType;
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

    /** A story about nothing in particular, so it matches only by what the test sets. */
    static Map<String, Object> plain(String section, String... tags) {
        return story(section, unique("Plain") + " " + word(), word() + " " + word() + ".", word() + " " + word() + ".",
                tags);
    }
}
