package io.newsdesk.syndication;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.etag;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;

import io.newsdesk.support.Api;
import java.util.Map;

/** An editor's moves on stories, as the syndication tests make them. */
final class EditorDesk {
    private EditorDesk() {
    }

    static String draft(String section) {
        Map<String, Object> story = story(unique("Syndicated story"));
        story.put("section", section);
        return Api.create(story).statusCode(201).extract().path("id");
    }

    static String live(String section) {
        Map<String, Object> story = story(unique("Syndicated story"));
        story.put("section", section);
        return published(story);
    }

    static void patch(String id, Map<String, Object> patch) {
        asEditor().header("If-Match", etag(id)).contentType("application/merge-patch+json").body(patch)
                .when().patch("/api/v1/articles/" + id).then().statusCode(200);
    }

    static void publish(String id) {
        asEditor().when().post("/api/v1/articles/" + id + "/publish").then().statusCode(200);
    }

    static void unpublish(String id) {
        asEditor().when().post("/api/v1/articles/" + id + "/unpublish").then().statusCode(200);
    }

    static void delete(String id) {
        asEditor().when().delete("/api/v1/articles/" + id).then().statusCode(204);
    }
}
