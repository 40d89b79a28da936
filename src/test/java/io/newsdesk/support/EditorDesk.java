package io.newsdesk.support;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.etag;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;

import java.util.Map;

/** An editor's moves on stories, as the syndication tests make them. */
public final class EditorDesk {
    private EditorDesk() {
    }

    public static String draft(String section) {
        Map<String, Object> story = story(unique("Syndicated story"));
        story.put("section", section);
        return Api.create(story).statusCode(201).extract().path("id");
    }

    public static String live(String section) {
        Map<String, Object> story = story(unique("Syndicated story"));
        story.put("section", section);
        return published(story);
    }

    public static void patch(String id, Map<String, Object> patch) {
        asEditor().header("If-Match", etag(id)).contentType("application/merge-patch+json").body(patch)
                .when().patch("/api/v1/articles/" + id).then().statusCode(200);
    }

    public static void publish(String id) {
        asEditor().when().post("/api/v1/articles/" + id + "/publish").then().statusCode(200);
    }

    public static void unpublish(String id) {
        asEditor().when().post("/api/v1/articles/" + id + "/unpublish").then().statusCode(200);
    }

    public static void delete(String id) {
        asEditor().when().delete("/api/v1/articles/" + id).then().statusCode(204);
    }
}
