package io.newsdesk.quote;

import static io.newsdesk.quote.QuoteApi.createQuote;
import static io.newsdesk.quote.QuoteApi.quote;
import static io.newsdesk.quote.QuoteApi.quoteOf;
import static io.newsdesk.quote.QuoteApi.storyOf;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.create;
import static io.newsdesk.support.Api.etag;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.token;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuoteWriteTest {
    private static final String[] BRIDGE_STORY = {
        "The Portmere harbour bridge reopened on Monday after six months of repairs.",
        "“Every bolt on this bridge has been checked twice,” said city engineer Maren Holt. “It will outlast all of us.”",
        "Cyclists called the new lanes “a small miracle”.",
    };

    private static String bridgeStory() {
        return create(storyOf(unique("Harbour bridge reopens"), BRIDGE_STORY)).statusCode(201).extract().path("id");
    }

    @Test
    void shouldCreateQuoteAtItsPlaceInTheBody() {
        String article = bridgeStory();
        String speaker = unique("Maren Holt");
        Map<String, Object> quote = quote("It will outlast all of us", speaker, "city engineer", null);
        var response = createQuote(article, quote).statusCode(201)
                .header("Location", containsString("/api/v1/quotes/"))
                .header("ETag", startsWith("\"r1-"))
                .header("Cache-Control", "private, no-store")
                .body("text", equalTo("It will outlast all of us"))
                .body("blockIndex", equalTo(1))
                .body("start", equalTo(BRIDGE_STORY[1].indexOf("It will")))
                .body("end", equalTo(BRIDGE_STORY[1].indexOf(".”", BRIDGE_STORY[1].indexOf("It will"))))
                .body("partial", equalTo(false))
                .body("orphaned", equalTo(false))
                .body("language", equalTo("en"))
                .body("context", equalTo("“It will outlast all of us.”"))
                .body("speaker.name", equalTo(speaker))
                .body("speaker.role", equalTo("city engineer"))
                .body("article.id", equalTo(article))
                .body("revision", equalTo(1))
                .extract();
        String id = response.path("id");
        assertEquals("/api/v1/quotes/" + id, response.path("links.self"));
        asEditor().when().get(response.header("Location")).then().statusCode(200)
                .header("ETag", equalTo(response.header("ETag")));
    }

    @Test
    void shouldRefuseQuoteWhoseWordsAreNotInTheBody() {
        String article = bridgeStory();
        createQuote(article, quote("Every bolt was checked three times", "Maren Holt", null, null)).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/quote-not-in-body"))
                .body("status", equalTo(422))
                .body("detail", containsString("does not occur in the body"))
                .body("errors[0].pointer", equalTo("/text"));
        Map<String, Object> wrongBlock = quote("a small miracle", "Cyclists", null, null);
        wrongBlock.put("blockIndex", 1);
        createQuote(article, wrongBlock).statusCode(422)
                .body("detail", containsString("in block 1 of the body"));
    }

    @Test
    void shouldRejectInvalidQuoteWithPointers() {
        String article = bridgeStory();
        Map<String, Object> invalid = quote(" ", "", null, null);
        invalid.put("blockIndex", -1);
        createQuote(article, invalid).statusCode(400)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.pointer", equalTo(List.of("/blockIndex", "/speaker/name", "/text")));
        Map<String, Object> serverOwned = quote("a small miracle", "Cyclists", null, null);
        serverOwned.put("id", UUID.randomUUID().toString());
        createQuote(article, serverOwned).statusCode(400)
                .body("errors[0].pointer", equalTo("/id"))
                .body("errors[0].message", equalTo("is set by the server and cannot be written"));
        createQuote(article, Map.of("text", "a small miracle")).statusCode(400)
                .body("errors[0].pointer", equalTo("/speaker"));
    }

    @Test
    void shouldRefuseTheSameWordsTwice() {
        String article = bridgeStory();
        String first = quoteOf(article, quote("a small miracle", unique("Cyclists' Union"), null, null));
        createQuote(article, quote("a small miracle", "Someone else", null, null)).statusCode(409)
                .body("type", equalTo("/problems/conflict")).body("detail", containsString(first));
    }

    @Test
    void shouldFindOneSpeakerWhateverTheCaseAndAccents() {
        String article = bridgeStory();
        String name = unique("José Núñez");
        String slug = createQuote(article, quote("It will outlast all of us", name, "engineer", "the Harbour Authority"))
                .statusCode(201).body("speaker.organisation", equalTo("Harbour Authority"))
                .extract().path("speaker.slug");
        String again = createQuote(article, quote("a small miracle", name.toUpperCase().replace('É', 'E').replace('Ú', 'U'),
                null, "harbour authority")).statusCode(201).extract().path("speaker.slug");
        assertEquals(slug, again);
        String elsewhere = createQuote(article, quote("Every bolt on this bridge has been checked twice", name, null,
                "Portmere Council")).statusCode(201).extract().path("speaker.slug");
        assertNotEquals(slug, elsewhere);
        assertEquals(slug + "-portmere-council", elsewhere);
    }

    @Test
    void shouldReplaceQuoteOnlyWithCurrentIfMatch() {
        String article = bridgeStory();
        String id = quoteOf(article, quote("It will outlast all of us", unique("Maren Holt"), null, null));
        String etag = asEditor().when().get("/api/v1/quotes/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> replacement = quote("Every bolt on this bridge has been checked twice", unique("Maren Holt"),
                "city engineer", null);
        replacement.put("context", "The engineer on the checks.");
        asEditor().contentType(ContentType.JSON).body(replacement).when().put("/api/v1/quotes/" + id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
        asEditor().contentType(ContentType.JSON).header("If-Match", "\"r7-0000\"").body(replacement)
                .when().put("/api/v1/quotes/" + id).then().statusCode(412)
                .body("detail", startsWith("The quote has changed"));
        String next = asEditor().contentType(ContentType.JSON).header("If-Match", etag).body(replacement)
                .when().put("/api/v1/quotes/" + id).then().statusCode(200)
                .header("ETag", startsWith("\"r2-"))
                .body("revision", equalTo(2))
                .body("start", equalTo(1))
                .body("context", equalTo("The engineer on the checks."))
                .body("speaker.role", equalTo("city engineer"))
                .extract().header("ETag");
        asEditor().contentType(ContentType.JSON).header("If-Match", etag).body(replacement)
                .when().put("/api/v1/quotes/" + id).then().statusCode(412);
        replacement.put("text", "It will never fall");
        asEditor().contentType(ContentType.JSON).header("If-Match", next).body(replacement)
                .when().put("/api/v1/quotes/" + id).then().statusCode(422);
    }

    @Test
    void shouldDeleteQuoteUnlessTheBodyShowsIt() {
        String article = bridgeStory();
        String shown = quoteOf(article, quote("It will outlast all of us", unique("Maren Holt"), null, null));
        String other = quoteOf(article, quote("a small miracle", unique("Cyclists"), null, null));
        var story = storyOf(unique("Harbour bridge reopens"), BRIDGE_STORY);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> body = (List<Map<String, Object>>) story.get("body");
        body.add(Map.of("type", "quote", "quoteId", shown));
        asEditor().contentType(ContentType.JSON).header("If-Match", etag(article)).body(story)
                .when().put("/api/v1/articles/" + article).then().statusCode(200);

        asEditor().when().delete("/api/v1/quotes/" + shown).then().statusCode(409)
                .body("type", equalTo("/problems/conflict")).body("detail", containsString("quote block"));
        asEditor().header("If-Match", "\"r9-0\"").when().delete("/api/v1/quotes/" + other).then().statusCode(412);
        asEditor().when().delete("/api/v1/quotes/" + other).then().statusCode(204);
        asEditor().when().get("/api/v1/quotes/" + other).then().statusCode(404);
        asEditor().when().delete("/api/v1/quotes/" + other).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldLetOnlyEditorsWriteQuotes() {
        String article = published(storyOf(unique("Harbour bridge reopens"), BRIDGE_STORY));
        given().contentType(ContentType.JSON).body(quote("a small miracle", "Cyclists", null, null))
                .when().post("/api/v1/articles/" + article + "/quotes").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2(token("partner")).when().post("/api/v1/articles/" + article + "/quotes/extract")
                .then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        given().auth().oauth2(token("moderator")).when().delete("/api/v1/quotes/" + UUID.randomUUID())
                .then().statusCode(403);
    }

    @Test
    void shouldRefuseQuotesOfMissingOrDeletedStories() {
        createQuote(UUID.randomUUID().toString(), quote("a small miracle", "Cyclists", null, null)).statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        createQuote("harbour-bridge-reopens", quote("a small miracle", "Cyclists", null, null)).statusCode(404)
                .body("detail", containsString("writes address stories by id"));
        asEditor().when().post("/api/v1/articles/" + UUID.randomUUID() + "/quotes/extract").then().statusCode(404);
        String article = bridgeStory();
        String id = quoteOf(article, quote("a small miracle", unique("Cyclists"), null, null));
        asEditor().when().delete("/api/v1/articles/" + article).then().statusCode(204);
        createQuote(article, quote("It will outlast all of us", "Maren Holt", null, null)).statusCode(410)
                .body("type", equalTo("/problems/gone"));
        asEditor().when().post("/api/v1/articles/" + article + "/quotes/extract").then().statusCode(410);
        asEditor().when().get("/api/v1/quotes/" + id).then().statusCode(410);
        given().when().get("/api/v1/quotes/" + id).then().statusCode(404);
        asEditor().contentType(ContentType.JSON).header("If-Match", "*")
                .body(quote("a small miracle", "Cyclists", null, null))
                .when().put("/api/v1/quotes/" + id).then().statusCode(410);
        asEditor().when().get("/api/v1/quotes/not-a-uuid").then().statusCode(404)
                .body("detail", not(endsWith("null")));
    }

    @Test
    void shouldRefuseMalformedSaveFlag() {
        String article = bridgeStory();
        asEditor().queryParam("save", "yes").when().post("/api/v1/articles/" + article + "/quotes/extract").then()
                .statusCode(400).body("errors[0].parameter", equalTo("save"))
                .body("errors[0].message", equalTo("must be true or false"));
    }

    @Test
    void shouldNotSaveCandidatesWithoutANamedSpeaker() {
        String article = create(storyOf(unique("Festival sells out"),
                "Tickets for the festival's “midnight marathon” sold out within hours.",
                "“We are delighted,” the spokesperson said.")).statusCode(201).extract().path("id");
        asEditor().queryParam("save", true).when().post("/api/v1/articles/" + article + "/quotes/extract").then()
                .statusCode(200)
                .body("saved", equalTo(0))
                .body("items.text", equalTo(List.of("midnight marathon", "We are delighted")))
                .body("items[0].speaker", equalTo(null))
                .body("items[1].speaker.name", equalTo("the spokesperson"));
    }
}
