package io.newsdesk.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.article.DemoContent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewDemoContentTest {
    private static final String BUDGET = "coalition-pushes-emergency-budget-through-first-reading-after-all-night-session";

    @Inject
    DemoContent stories;
    @Inject
    ReviewDemoContent reviews;

    @Test
    void shouldPublishSampleReviewsOfTheSampleStoriesOnce() {
        if (given().when().get("/api/v1/articles/" + BUDGET).statusCode() == 404) {
            stories.load();
        }
        reviews.load();
        given().when().get("/api/v1/articles/" + BUDGET + "/reviews").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(3))
                .body("summary.count", greaterThanOrEqualTo(3))
                .body("items.authorName", org.hamcrest.Matchers.hasItem("Ilse Brandauer"));
        given().when().get("/api/v1/articles/v-primorskom-beloyarske-posle-shtorma-bez-sveta-ostayutsya-tysyachi-domov/reviews")
                .then().statusCode(200).body("items[0].language", equalTo("ru"));
        assertEquals(0, reviews.load(), "loading again adds nothing");
    }
}
