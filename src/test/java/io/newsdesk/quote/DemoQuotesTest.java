package io.newsdesk.quote;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.newsdesk.article.DemoContent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoQuotesTest {
    @Inject
    DemoContent demo;

    @Test
    void shouldSaveTheQuotesOfTheSampleStoriesAsTheyLoad() {
        demo.load();
        given().when().get("/api/v1/speakers/tomas-brandvik").then().statusCode(200)
                .body("role", equalTo("Finance Minister"))
                .body("quoteCount", greaterThanOrEqualTo(2))
                .body("latestQuotes.text", hasItem("If we hesitate now, the lenders will make the decision for us"));
        given().when().get("/api/v1/speakers/karin-solberg").then().statusCode(200)
                .body("role", equalTo("expedition leader"));
        given().when().get("/api/v1/speakers/metalworkers-federation").then().statusCode(200)
                .body("name", equalTo("Metalworkers' Federation"));
        given().when().get("/api/v1/speakers/carvenias-foreign-ministry").then().statusCode(200)
                .body("latestQuotes[0].text", equalTo("provocative"));
        // Other tests file copies of the sample stories through the API: the one the demo loaded is the
        // one its first quoted speaker is quoted in.
        String russian = given().when().get("/api/v1/speakers/igor-lanskoy").then().statusCode(200).extract()
                .path("latestQuotes[0].article.id");
        given().when().get("/api/v1/articles/" + russian + "/quotes").then().statusCode(200)
                .body("items.speaker.name", contains("Игорь Ланской", "Прибрежные сети"))
                .body("items[0].speaker.role", equalTo("глава городской администрации"))
                .body("items[1].speaker.role", equalTo("представитель"));
        given().when().get("/api/v1/speakers/igor-lanskoy").then().statusCode(200)
                .body("latestQuotes[0].text", startsWith("Мы рассчитываем вернуть свет"));
    }
}
