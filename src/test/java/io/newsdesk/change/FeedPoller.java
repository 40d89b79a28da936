package io.newsdesk.change;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A client of the change feed, as a partner would write one: it keeps its cursor and drains. */
final class FeedPoller {
    private final String token;
    private String cursor;
    private final List<Map<String, Object>> seen = new ArrayList<>();

    private FeedPoller(String token, String cursor) {
        this.token = token;
        this.cursor = cursor;
    }

    /** Starts at the current end of the log. */
    static FeedPoller fromNow(String token) {
        return new FeedPoller(token, given().auth().oauth2(token).queryParam("after", "latest")
                .when().get("/api/v1/changes").then().statusCode(200).extract().path("next"));
    }

    static FeedPoller from(String token, String cursor) {
        return new FeedPoller(token, cursor);
    }

    String cursor() {
        return cursor;
    }

    /** Reads until nothing more waits; returns what this call saw. */
    List<Map<String, Object>> poll(int limit) {
        List<Map<String, Object>> fresh = new ArrayList<>();
        boolean more = true;
        while (more) {
            JsonPath page = given().auth().oauth2(token).queryParam("after", cursor).queryParam("limit", limit)
                    .when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            fresh.addAll(page.getList("items"));
            cursor = page.getString("next");
            more = page.getBoolean("more");
        }
        seen.addAll(fresh);
        return fresh;
    }

    List<Map<String, Object>> seen() {
        return seen;
    }

    /** What this client has seen of one story: "type@revision" in order. */
    List<String> of(String articleId) {
        return seen.stream().filter(c -> articleId.equals(c.get("articleId")))
                .map(c -> c.get("type") + "@" + c.get("revision")).toList();
    }
}
