package io.newsdesk.teaser;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.article.DemoContent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages the issue promises, on the sample stories: a section rail, a related box with reasons
 * and search results with highlights, each from one request.
 */
@QuarkusTest
class DemoPagesTest {
    private static final String BUDGET = "coalition-pushes-emergency-budget-through-first-reading-after-all-night-session";
    private static final String SNAP_ELECTION = "torrenvale-mayor-calls-snap-council-election-over-stalled-city-budget";
    private static final String POLICE_REVIEW = "interior-minister-orders-review-of-police-staffing-after-harwick-festival-crush";

    @Inject
    DemoContent demo;

    @BeforeEach
    void loadTheSampleStoriesOnce() {
        if (given().when().get("/api/v1/articles/" + BUDGET).statusCode() == 404) {
            demo.load();
        }
    }

    @Test
    void shouldServeASectionRail() {
        List<String> published = given().queryParam("limit", 3).when().get("/api/v1/sections/politics/teasers").then()
                .statusCode(200).body("items", hasSize(3))
                .body("items.section.slug", everyItem(equalTo("politics")))
                .body("items.teaser", everyItem(notNullValue())).body("items.links.self", everyItem(notNullValue()))
                .extract().path("items.publishedAt");
        assertEquals(published.stream().sorted(Comparator.reverseOrder()).toList(), published, "newest first");
        given().when().get("/api/v1/sections").then().statusCode(200)
                .body("items.find { it.slug == 'politics' }.storyCount", greaterThanOrEqualTo(3));
    }

    @Test
    void shouldServeARelatedBoxWithReasons() {
        String id = given().when().get("/api/v1/articles/" + BUDGET).then().extract().path("id");
        var related = given().queryParam("limit", 20).when().get("/api/v1/articles/" + BUDGET + "/related").then()
                .statusCode(200).body("items.id", not(hasItem(id))).body("items.language", everyItem(equalTo("en")))
                .extract();
        List<Map<String, Object>> items = related.path("items");
        Map<String, Object> election = find(items, SNAP_ELECTION);
        Map<String, Object> police = find(items, POLICE_REVIEW);
        assertEquals("same-tags", election.get("reason"), "both are tagged budget");
        assertEquals("same-tags", police.get("reason"), "both are tagged parliament");
        assertEquals(items.size(), items.stream().map(i -> i.get("id")).distinct().count(), "no story twice");
    }

    @Test
    void shouldServeSearchResultsWithHighlights() {
        given().queryParam("q", "budget").queryParam("section", "politics").when().get("/api/v1/search").then()
                .statusCode(200)
                .body("items.find { it.slug == '" + BUDGET + "' }.snippet", containsString("<mark>budget</mark>"))
                .body("items.find { it.slug == '" + SNAP_ELECTION + "' }.snippet", containsString("<mark>budget</mark>"));
        List<String> snippets = given().queryParam("q", "шторм").queryParam("lang", "ru").when().get("/api/v1/search")
                .then().statusCode(200).body("items.language", everyItem(equalTo("ru")))
                .body("items.size()", lessThanOrEqualTo(20)).extract().path("items.snippet");
        assertTrue(!snippets.isEmpty() && snippets.stream().allMatch(s -> s.contains("<mark>шторм")), snippets.toString());
    }

    private static Map<String, Object> find(List<Map<String, Object>> items, String slug) {
        return items.stream().filter(i -> slug.equals(i.get("slug"))).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " is not among " + items.stream().map(i -> i.get("slug")).toList()));
    }
}
