package io.newsdesk.change;

import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.unique;
import static io.newsdesk.support.EditorDesk.delete;
import static io.newsdesk.support.EditorDesk.live;
import static io.newsdesk.support.EditorDesk.patch;
import static io.newsdesk.support.EditorDesk.unpublish;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.common.Time;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stories older than the change log's retention still tell partners what happens to them. */
@QuarkusTest
class PurgedHistoryTest {

    @Inject
    ChangeLog changeLog;

    @Test
    void shouldTellPartnersOfDeletionsWithdrawalsAndEditsAfterTheStorysHistoryWasPurged() {
        String partner = partner();
        String deleted = live("politics");
        String withdrawn = live("politics");
        String edited = live("politics");
        // Far past the retention: every entry of the three stories goes.
        changeLog.purge(Time.micros(Instant.now()).plus(Duration.ofDays(3650)));
        String webhook = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:8239/purged-history", "sections", List.of("politics")))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        try {

            FeedPoller feed = FeedPoller.fromNow(partner);
            delete(deleted);
            unpublish(withdrawn);
            patch(edited, Map.of("headline", unique("Archive story rewritten")));
            feed.poll(20);

            assertEquals(List.of("deleted@2"), feed.of(deleted));
            assertEquals(List.of("unpublished@2"), feed.of(withdrawn));
            assertEquals(List.of("updated@2"), feed.of(edited));

            List<Map<String, Object>> deliveries = given().auth().oauth2(ADMIN)
                    .when().get("/api/v1/webhooks/" + webhook + "/deliveries?limit=100").then().statusCode(200)
                    .extract().path("items");
            assertEquals(List.of("article.deleted"), eventsOf(deliveries, deleted));
            assertEquals(List.of("article.unpublished"), eventsOf(deliveries, withdrawn));
            assertEquals(List.of("article.updated"), eventsOf(deliveries, edited));
        } finally {
            given().auth().oauth2(ADMIN).when().delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
        }
    }

    @Test
    void shouldNotRecordAPurgedPublicStoryAsNewlyPublishedOnTheNextSweep() {
        String partner = partner();
        String story = live("politics");
        changeLog.purge(Time.micros(Instant.now()).plus(Duration.ofDays(3650)));
        FeedPoller feed = FeedPoller.fromNow(partner);
        changeLog.recordDuePublications(Time.micros(Instant.now()).plus(Duration.ofMinutes(1)));
        feed.poll(20);
        assertEquals(List.of(), feed.of(story), "partners already heard of it when it was published");
    }

    private static String partner() {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Archive partner"), "role", "partner"))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");
    }

    private static List<String> eventsOf(List<Map<String, Object>> deliveries, String articleId) {
        return deliveries.stream().filter(d -> articleId.equals(d.get("articleId"))).map(d -> (String) d.get("eventType"))
                .toList();
    }
}
