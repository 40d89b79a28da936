package io.newsdesk.teaser;

import io.newsdesk.common.Precondition;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.etag;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.teaser.Fixtures.publishAt;
import static io.newsdesk.teaser.Fixtures.section;
import static io.newsdesk.teaser.Fixtures.story;
import static io.newsdesk.teaser.Fixtures.word;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.article.ArticleService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Search follows every committed write and nothing else, on both engines: PostgreSQL's vectors are
 * part of the row, the embedded engine's Lucene index is updated after each commit.
 */
@QuarkusTest
class SearchIndexTest {
    @Inject
    ArticleService articles;
    @Inject
    Instance<LuceneIndex> index;
    @Inject
    SearchConfig config;

    private static List<String> ids(String q) {
        return given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200).extract().path("items.id");
    }

    private static void patch(String id, Map<String, Object> changes) {
        asEditor().contentType("application/merge-patch+json").header("If-Match", etag(id)).body(changes)
                .when().patch("/api/v1/articles/" + id).then().statusCode(200);
    }

    @Test
    void shouldFollowEditsUnpublishingAndDeletion() {
        String before = word();
        String after = word();
        String id = published(story(section(), "Ferry timetable", "Summer sailings.", "The " + before + " route."));
        assertEquals(List.of(id), ids(before));
        patch(id, Map.of("body", List.of(Map.of("type", "paragraph", "text", "The " + after + " route."))));
        assertEquals(List.of(), ids(before));
        assertEquals(List.of(id), ids(after));
        asEditor().when().post("/api/v1/articles/" + id + "/unpublish").then().statusCode(200);
        assertEquals(List.of(), ids(after));
        asEditor().when().post("/api/v1/articles/" + id + "/publish").then().statusCode(200);
        assertEquals(List.of(id), ids(after));
        asEditor().when().delete("/api/v1/articles/" + id).then().statusCode(204);
        assertEquals(List.of(), ids(after));
    }

    @Test
    void shouldIgnoreWritesThatRollBack() throws IOException {
        String kept = word();
        String rolledBack = word();
        String id = published(story(section(), "Harbour dues", "Dues rise.", "The " + kept + " levy."));
        var headline = new ObjectMapper().readTree("{\"headline\": \"Harbour " + rolledBack + "\"}");
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            try {
                articles.patch(UUID.fromString(id), headline, Precondition.ifMatch(etag(id), true), "test");
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
            throw new IllegalStateException("roll back");
        }));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            articles.delete(UUID.fromString(id), Precondition.ifMatch(etag(id), false), "test");
            throw new IllegalStateException("roll back");
        }));
        assertEquals(List.of(), ids(rolledBack));
        assertEquals(List.of(id), ids(kept));
    }

    @Test
    void shouldFindAScheduledStoryOnceItIsPublic() throws InterruptedException {
        String term = word();
        // Far enough ahead that the first search comes before it even on a busy machine.
        Instant at = Instant.now().plus(10, ChronoUnit.SECONDS);
        String id = published(publishAt(story(section(), "Budget day", "At noon.", "The " + term + " speech."), at));
        assertEquals(List.of(), ids(term));
        while (Instant.now().isBefore(at.plusMillis(100))) {
            Thread.sleep(100);
        }
        assertEquals(List.of(id), ids(term));
    }

    @Test
    void shouldRebuildTheEmbeddedIndexFromTheDatabaseWhenItsFolderIsMissing() throws IOException {
        assumeTrue(index.isResolvable(), "the embedded engine only");
        String term = word();
        String live = published(story(section(), "Lighthouse keepers", "A last shift.", "The " + term + " lamp."));
        String gone = published(story(section(), "Lighthouse sold", "To a trust.", "The " + term + " tower."));
        asEditor().when().delete("/api/v1/articles/" + gone).then().statusCode(204);
        index.get().close();
        try (Stream<Path> files = Files.walk(config.indexDir())) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        index.get().open();
        assertEquals(true, Files.isDirectory(config.indexDir()));
        assertEquals(List.of(live), ids(term));
    }
}
