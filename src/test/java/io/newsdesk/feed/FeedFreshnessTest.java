package io.newsdesk.feed;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.etag;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.common.Time;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A feed's updated time (and Last-Modified) follows what readers can see, never the newsroom's drafts. */
@QuarkusTest
class FeedFreshnessTest {

    @Inject
    SyndicationRepository syndication;

    @Transactional
    Optional<Instant> lastChange(String section) {
        return syndication.lastChange(section, null, null, Time.micros(Instant.now()));
    }

    @Test
    void shouldNotMoveTheFeedWhenADraftIsWrittenOrDeleted() {
        String section = unique("desk").toLowerCase();
        asEditor().contentType(ContentType.JSON).body(Map.of("slug", section, "name", "Desk " + section))
                .when().post("/api/v1/sections").then().statusCode(201);
        Map<String, Object> live = story(unique("Public story of the desk"));
        live.put("section", section);
        String publicStory = published(live);
        Instant afterPublic = lastChange(section).orElseThrow();

        Map<String, Object> draft = story(unique("Draft of the desk"));
        draft.put("section", section);
        String draftId = asEditor().contentType(ContentType.JSON).body(draft).when().post("/api/v1/articles").then()
                .statusCode(201).extract().path("id");
        asEditor().header("If-Match", etag(draftId)).contentType("application/merge-patch+json")
                .body(Map.of("headline", unique("Draft rewritten"))).when().patch("/api/v1/articles/" + draftId)
                .then().statusCode(200);
        asEditor().when().delete("/api/v1/articles/" + draftId).then().statusCode(204);
        assertEquals(afterPublic, lastChange(section).orElseThrow(), "drafts are not part of the feed");

        asEditor().when().post("/api/v1/articles/" + publicStory + "/unpublish").then().statusCode(200);
        assertTrue(lastChange(section).orElseThrow().isAfter(afterPublic), "a withdrawal leaves the feed");
    }
}
