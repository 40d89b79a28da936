package io.newsdesk.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoContentTest {
    @Inject
    DemoContent demo;

    @Test
    void shouldPublishEverySampleStoryAcrossSections() {
        int loaded = demo.load();
        assertTrue(loaded >= 6, "at least six sample stories");
        List<String> world = given().queryParam("section", "world").when().get("/api/v1/articles").then()
                .statusCode(200).extract().path("items.section.slug");
        assertTrue(world.size() >= 2, "sample stories in the world section");
        given().when().get("/api/v1/articles/coalition-pushes-emergency-budget-through-first-reading-after-all-night-session")
                .then().statusCode(200).body("status", equalTo("published"))
                .body("body.size()", greaterThanOrEqualTo(4));
        List<String> russian = given().queryParam("lang", "ru").when().get("/api/v1/articles").then()
                .statusCode(200).extract().path("items.language");
        assertEquals(List.of("ru"), russian.stream().distinct().toList());
    }
}
