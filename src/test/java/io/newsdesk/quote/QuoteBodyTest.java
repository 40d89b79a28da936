package io.newsdesk.quote;

import static io.newsdesk.quote.QuoteApi.paragraphs;
import static io.newsdesk.quote.QuoteApi.quote;
import static io.newsdesk.quote.QuoteApi.quoteOf;
import static io.newsdesk.quote.QuoteApi.storyOf;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.create;
import static io.newsdesk.support.Api.etag;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quotes follow the story body: quote blocks must show the story's own quotes, and edits move or orphan quotes. */
@QuarkusTest
class QuoteBodyTest {
    private static final String OPENING = "The regional water board approved a ban on garden hoses on Friday.";
    private static final String STATEMENT = "“Every litre counts this summer,” said board chair Oona Vik.";
    private static final String CLOSING = "The ban starts on Monday and runs until the reservoirs recover.";

    private static void replaceBody(String article, List<Map<String, Object>> body, int status) {
        var story = storyOf(unique("Hose ban approved"));
        story.put("body", body);
        asEditor().contentType(ContentType.JSON).header("If-Match", etag(article)).body(story)
                .when().put("/api/v1/articles/" + article).then().statusCode(status);
    }

    private static Map<String, Object> quoteBlock(String quoteId) {
        return Map.of("type", "quote", "quoteId", quoteId);
    }

    @Test
    void shouldRefuseQuoteBlocksThatDoNotShowTheStorysOwnQuote() {
        String other = create(storyOf(unique("Hose ban approved"), OPENING, STATEMENT)).statusCode(201).extract().path("id");
        String othersQuote = quoteOf(other, quote("Every litre counts this summer", unique("Oona Vik"), null, null));
        var story = storyOf(unique("Hose ban approved"), OPENING, STATEMENT);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> body = (List<Map<String, Object>>) story.get("body");
        body.add(quoteBlock(othersQuote));
        create(story).statusCode(400).body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].pointer", equalTo("/body/2/quoteId"))
                .body("errors[0].message", containsString("is not a quote of this article"));

        String article = create(storyOf(unique("Hose ban approved"), OPENING, STATEMENT)).statusCode(201).extract().path("id");
        List<Map<String, Object>> withForeignQuote = paragraphs(OPENING, STATEMENT);
        withForeignQuote.add(1, quoteBlock(othersQuote));
        replaceBody(article, withForeignQuote, 400);
        asEditor().contentType("application/merge-patch+json").header("If-Match", etag(article))
                .body(Map.of("body", withForeignQuote)).when().patch("/api/v1/articles/" + article).then()
                .statusCode(400).body("errors[0].pointer", equalTo("/body/1/quoteId"));
        asEditor().when().get("/api/v1/articles/" + article).then().body("revision", equalTo(1));
    }

    @Test
    void shouldRenderTheQuoteAndItsSpeakerInAQuoteBlock() {
        String article = published(storyOf(unique("Hose ban approved"), OPENING, STATEMENT, CLOSING));
        String quoteId = quoteOf(article, quote("Every litre counts this summer", unique("Oona Vik"), "chair",
                "Regional Water Board"));
        String speaker = given().when().get("/api/v1/quotes/" + quoteId).then().extract().path("speaker.name");
        List<Map<String, Object>> body = paragraphs(OPENING, STATEMENT, CLOSING);
        body.add(2, quoteBlock(quoteId));
        replaceBody(article, body, 200);

        given().queryParam("format", "html").when().get("/api/v1/articles/" + article).then().statusCode(200)
                .body("body[2].quoteId", equalTo(quoteId))
                .body("bodyHtml", containsString("<blockquote data-quote-id=\"" + quoteId + "\"><p>Every litre counts "
                        + "this summer</p><footer><cite>" + speaker + "</cite>, chair, Regional Water Board</footer>"
                        + "</blockquote>"));
        // The quote block is not a paragraph: the quoted words stay where they were.
        given().when().get("/api/v1/quotes/" + quoteId).then().body("blockIndex", equalTo(1));
    }

    @Test
    void shouldMoveQuotesWithTheirWordsWhenTheBodyChanges() {
        String article = published(storyOf(unique("Hose ban approved"), OPENING, STATEMENT, CLOSING));
        String statement = quoteOf(article, quote("Every litre counts this summer", unique("Oona Vik"), null, null));
        String start = "The ban starts on Monday";
        String closing = quoteOf(article, quote(start, unique("Water board"), null, null));

        String inserted = "Farmers are exempt.";
        String rewritten = "Officials said the ban starts on Monday and runs until the reservoirs recover.";
        replaceBody(article, paragraphs(inserted, OPENING, "Asked why, " + STATEMENT, rewritten), 200);

        given().when().get("/api/v1/quotes/" + statement).then().statusCode(200)
                .body("blockIndex", equalTo(2))
                .body("start", equalTo("Asked why, “".length()))
                .body("end", equalTo("Asked why, “Every litre counts this summer".length()))
                .body("orphaned", equalTo(false))
                .body("revision", equalTo(2));
        // "The ban starts on Monday" is gone (now "the ban starts…"): readers no longer see the quote.
        given().when().get("/api/v1/quotes/" + closing).then().statusCode(404);
        given().when().get("/api/v1/articles/" + article + "/quotes").then()
                .body("items.id", equalTo(List.of(statement)));
        asEditor().queryParam("orphaned", true).when().get("/api/v1/articles/" + article + "/quotes").then()
                .statusCode(200).body("items", hasSize(1))
                .body("items[0].id", equalTo(closing))
                .body("items[0].orphaned", equalTo(true))
                .body("items[0].blockIndex", equalTo(2));
        asEditor().queryParam("orphaned", false).when().get("/api/v1/articles/" + article + "/quotes").then()
                .body("items.id", equalTo(List.of(statement)));

        // Putting the words back brings the quote back, where they now are.
        replaceBody(article, paragraphs(inserted, OPENING, STATEMENT, CLOSING), 200);
        given().when().get("/api/v1/quotes/" + closing).then().statusCode(200)
                .body("orphaned", equalTo(false)).body("blockIndex", equalTo(3)).body("start", equalTo(0));
        asEditor().queryParam("orphaned", true).when().get("/api/v1/articles/" + article + "/quotes").then()
                .body("items", empty());
    }

    @Test
    void shouldNotShowAnOrphanedQuoteInItsQuoteBlock() {
        String article = published(storyOf(unique("Hose ban approved"), OPENING, STATEMENT));
        String quoteId = quoteOf(article, quote("Every litre counts this summer", unique("Oona Vik"), null, null));
        List<Map<String, Object>> body = paragraphs(OPENING);
        body.add(quoteBlock(quoteId));
        replaceBody(article, body, 200);
        given().queryParam("format", "html").when().get("/api/v1/articles/" + article).then()
                .body("bodyHtml", containsString("<blockquote data-quote-id=\"" + quoteId + "\"></blockquote>"));
    }
}
