package io.newsdesk.review;

import static io.newsdesk.review.ReviewFixtures.address;
import static io.newsdesk.review.ReviewFixtures.asModerator;
import static io.newsdesk.review.ReviewFixtures.review;
import static io.newsdesk.review.ReviewFixtures.story;
import static io.newsdesk.review.ReviewFixtures.submitFrom;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A bot floods one story from one address: moderators must not find the flood in their queue. */
@QuarkusTest
class ReviewSpamBurstTest {
    private static final int BURST = 500;
    /** The test profile's bucket: newsdesk.reviews.rate-limit.submissions. */
    private static final int ALLOWED = 5;

    @Test
    void shouldEndASpamBurstInRateLimitsAndSpamNotInThePendingQueue() throws Exception {
        String article = story();
        String bot = address();
        List<Callable<Integer>> submissions = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            var review = review(5, "Best Deals " + i);
            review.put("body", "Cheap watches at https://deals.example/" + i + " and https://more.example/" + i
                    + " and https://even-more.example/" + i);
            submissions.add(() -> submitFrom(bot, article, review).extract().statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Map<Integer, Long> statuses;
        try {
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(submissions)) {
                answers.add(answer.get());
            }
            statuses = answers.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of(202, (long) ALLOWED, 429, (long) (BURST - ALLOWED)), statuses);
        asModerator().queryParam("article", article).queryParam("status", "pending").when().get("/api/v1/reviews")
                .then().statusCode(200).body("items", hasSize(0));
        asModerator().queryParam("article", article).queryParam("limit", 100).when().get("/api/v1/reviews")
                .then().statusCode(200).body("items", hasSize(ALLOWED))
                .body("items.status", everyItem(equalTo("spam")))
                .body("items.spamReason", everyItem(startsWith("3 links")));
        given().when().get("/api/v1/articles/" + article + "/reviews").then().statusCode(200)
                .body("items", hasSize(0)).body("summary.count", equalTo(0));
    }
}
