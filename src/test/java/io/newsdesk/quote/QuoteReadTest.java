package io.newsdesk.quote;

import static io.newsdesk.quote.QuoteApi.quote;
import static io.newsdesk.quote.QuoteApi.quoteOf;
import static io.newsdesk.quote.QuoteApi.storyOf;
import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.create;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuoteReadTest {
    private static final String[] FERRY_STORY = {
        "Ferries to the outer islands resumed on Wednesday after three days of storms.",
        "“The crossing was rough but safe,” said captain Ilse Marr. “Passengers were patient with us.”",
        "The operator called the delay “regrettable”.",
    };

    /** A story with three quotes by one new speaker; returns the speaker's slug. */
    private static String quotedIn(String article, String speaker) {
        quoteOf(article, quote("The crossing was rough but safe", speaker, "captain", null));
        quoteOf(article, quote("Passengers were patient with us", speaker, "captain", null));
        return asEditor().contentType(ContentType.JSON).body(quote("regrettable", speaker, "captain", null))
                .when().post("/api/v1/articles/" + article + "/quotes").then().statusCode(201)
                .extract().path("speaker.slug");
    }

    @Test
    void shouldHideQuotesOfDraftsFromReadersButNotFromEditors() {
        String draft = create(storyOf(unique("Ferries resume"), FERRY_STORY)).statusCode(201).extract().path("id");
        String speaker = unique("Ilse Marr");
        String slug = quotedIn(draft, speaker);
        String id = asEditor().when().get("/api/v1/articles/" + draft + "/quotes").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items", hasSize(3)).body("next", nullValue())
                .body("items[0].article.publishedAt", nullValue())
                .extract().path("items[0].id");

        given().when().get("/api/v1/quotes/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        given().when().get("/api/v1/articles/" + draft + "/quotes").then().statusCode(404);
        given().queryParam("speaker", slug).when().get("/api/v1/quotes").then().statusCode(200).body("items", empty());
        given().when().get("/api/v1/speakers/" + slug).then().statusCode(404);
        given().queryParam("q", speaker).when().get("/api/v1/speakers").then().statusCode(200).body("items", empty());

        asEditor().when().get("/api/v1/quotes/" + id).then().statusCode(200).body("speaker.slug", equalTo(slug));
        asEditor().queryParam("speaker", slug).when().get("/api/v1/quotes").then().statusCode(200).body("items", hasSize(3));
        asEditor().when().get("/api/v1/speakers/" + slug).then().statusCode(200).body("quoteCount", equalTo(3));

        asEditor().when().post("/api/v1/articles/" + draft + "/publish").then().statusCode(200);
        given().when().get("/api/v1/quotes/" + id).then().statusCode(200)
                .header("Cache-Control", containsString("public"))
                .body("article.publishedAt", notNullValue());
        given().queryParam("q", speaker.toUpperCase()).when().get("/api/v1/speakers").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].quoteCount", equalTo(3))
                .body("items[0].links.quotes", equalTo("/api/v1/quotes?speaker=" + slug));
    }

    @Test
    void shouldHideQuotesOfEmbargoedUnpublishedAndDeletedStories() {
        var embargoed = storyOf(unique("Ferries resume"), FERRY_STORY);
        embargoed.put("embargoUntil", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        String embargoedId = published(embargoed);
        String unpublished = published(storyOf(unique("Ferries resume"), FERRY_STORY));
        String deleted = published(storyOf(unique("Ferries resume"), FERRY_STORY));
        String speaker = unique("Ilse Marr");
        List<String> ids = new ArrayList<>();
        for (String article : List.of(embargoedId, unpublished, deleted)) {
            ids.add(quoteOf(article, quote("The crossing was rough but safe", speaker, null, null)));
        }
        String slug = asEditor().when().get("/api/v1/quotes/" + ids.get(0)).then().extract().path("speaker.slug");
        given().when().get("/api/v1/quotes/" + ids.get(1)).then().statusCode(200);
        asEditor().when().post("/api/v1/articles/" + unpublished + "/unpublish").then().statusCode(200);
        asEditor().when().delete("/api/v1/articles/" + deleted).then().statusCode(204);

        for (String id : ids) {
            given().when().get("/api/v1/quotes/" + id).then().statusCode(404);
        }
        given().queryParam("speaker", slug).when().get("/api/v1/quotes").then().body("items", empty());
        given().when().get("/api/v1/speakers/" + slug).then().statusCode(404);
        asEditor().when().get("/api/v1/speakers/" + slug).then().statusCode(200).body("quoteCount", equalTo(2))
                .body("latestQuotes.article.id", not(hasItem(deleted)));
        asEditor().when().get("/api/v1/articles/" + deleted + "/quotes").then().statusCode(410);
    }

    @Test
    void shouldFilterQuotesByTextArticleLanguageAndTime() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        String article = published(storyOf(unique("Ferries resume"), FERRY_STORY));
        String speaker = unique("Ilse Marr");
        String slug = quotedIn(article, speaker);
        String slugOfStory = given().when().get("/api/v1/articles/" + article).then().extract().path("slug");

        given().queryParam("speaker", slug).queryParam("q", "PASSENGERS  were").when().get("/api/v1/quotes").then()
                .statusCode(200).body("items.text", equalTo(List.of("Passengers were patient with us")));
        given().queryParam("speaker", slug).queryParam("q", "régrettable").when().get("/api/v1/quotes").then()
                .body("items", hasSize(1));
        given().queryParam("article", slugOfStory).when().get("/api/v1/quotes").then().body("items", hasSize(3));
        given().queryParam("article", article).queryParam("lang", "de").when().get("/api/v1/quotes").then()
                .body("items", empty());
        given().queryParam("article", article).queryParam("lang", "en").when().get("/api/v1/quotes").then()
                .body("items", hasSize(3));
        given().queryParam("article", unique("no-such-story")).when().get("/api/v1/quotes").then()
                .statusCode(200).body("items", empty());
        given().queryParam("speaker", slug).queryParam("since", before.toString()).when().get("/api/v1/quotes").then()
                .body("items", hasSize(3));
        given().queryParam("speaker", slug).queryParam("since", before.plus(1, ChronoUnit.DAYS).toString())
                .when().get("/api/v1/quotes").then().body("items", empty());
        given().queryParam("since", "yesterday").when().get("/api/v1/quotes").then().statusCode(400)
                .body("errors[0].parameter", equalTo("since"));
        given().queryParam("lang", "not a language").when().get("/api/v1/quotes").then().statusCode(400)
                .body("errors[0].parameter", equalTo("lang"));
    }

    @Test
    void shouldPageThroughQuotesWithCursors() {
        String article = published(storyOf(unique("Ferries resume"), FERRY_STORY));
        String slug = quotedIn(article, unique("Ilse Marr"));
        var first = given().queryParam("speaker", slug).queryParam("limit", 2).when().get("/api/v1/quotes").then()
                .statusCode(200).body("items", hasSize(2)).body("next", notNullValue())
                .header("Link", containsString("rel=\"next\"")).extract();
        List<String> firstIds = first.path("items.id");
        List<String> secondIds = given().queryParam("speaker", slug).queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("next")).when().get("/api/v1/quotes").then()
                .statusCode(200).body("items", hasSize(1)).body("next", nullValue()).extract().path("items.id");
        assertEquals(3, firstIds.size() + secondIds.size());
        assertEquals(false, firstIds.contains(secondIds.get(0)));
        given().queryParam("cursor", "not-a-cursor").when().get("/api/v1/quotes").then().statusCode(400)
                .body("errors[0].parameter", equalTo("cursor"));
        given().queryParam("limit", 0).when().get("/api/v1/speakers").then().statusCode(400)
                .body("errors[0].parameter", equalTo("limit"));
    }

    @Test
    void shouldPageThroughSpeakers() {
        String article = published(storyOf(unique("Ferries resume"), FERRY_STORY));
        String name = unique("Harbour pilot");
        for (String text : List.of("The crossing was rough but safe", "Passengers were patient with us", "regrettable")) {
            quoteOf(article, quote(text, name + " " + text.substring(0, 3), null, null));
        }
        var first = given().queryParam("q", name).queryParam("limit", 2).when().get("/api/v1/speakers").then()
                .statusCode(200).body("items", hasSize(2)).header("Link", containsString("cursor=")).extract();
        given().queryParam("q", name).queryParam("limit", 2).queryParam("cursor", (String) first.path("next"))
                .when().get("/api/v1/speakers").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].quoteCount", equalTo(1)).body("next", nullValue());
    }

    @Test
    void shouldAnswerNotModifiedWhileTheQuoteIsUnchanged() {
        String article = published(storyOf(unique("Ferries resume"), FERRY_STORY));
        String id = quoteOf(article, quote("regrettable", unique("Ferry operator"), null, null));
        String etag = given().when().get("/api/v1/quotes/" + id).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/quotes/" + id).then().statusCode(304);
        String listTag = given().when().get("/api/v1/articles/" + article + "/quotes").then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", listTag).when().get("/api/v1/articles/" + article + "/quotes").then()
                .statusCode(304);
        String slug = given().when().get("/api/v1/quotes/" + id).then().extract().path("speaker.slug");
        String speakerTag = given().when().get("/api/v1/speakers/" + slug).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", speakerTag).when().get("/api/v1/speakers/" + slug).then().statusCode(304);
    }

    @Test
    void shouldShowPartnersOnlyTheQuotesOfTheirSections() {
        var science = storyOf(unique("Ferries resume"), FERRY_STORY);
        science.put("section", "science");
        String scienceStory = published(science);
        String politicsStory = published(storyOf(unique("Ferries resume"), FERRY_STORY));
        String speaker = unique("Ilse Marr");
        String inScience = quoteOf(scienceStory, quote("regrettable", speaker, null, null));
        String inPolitics = quoteOf(politicsStory, quote("regrettable", speaker, null, null));
        String slug = given().when().get("/api/v1/quotes/" + inScience).then().extract().path("speaker.slug");
        String partner = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Science partner"), "role", "partner", "sections", List.of("science")))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");

        given().auth().oauth2(partner).when().get("/api/v1/quotes/" + inScience).then().statusCode(200)
                .header("Cache-Control", "private, no-store");
        given().auth().oauth2(partner).when().get("/api/v1/quotes/" + inPolitics).then().statusCode(404);
        given().auth().oauth2(partner).when().get("/api/v1/articles/" + politicsStory + "/quotes").then().statusCode(404);
        given().auth().oauth2(partner).queryParam("speaker", slug).when().get("/api/v1/quotes").then()
                .body("items.id", equalTo(List.of(inScience)));
        given().auth().oauth2(partner).when().get("/api/v1/speakers/" + slug).then().body("quoteCount", equalTo(1));
        given().when().get("/api/v1/speakers/" + slug).then().body("quoteCount", equalTo(2));
    }

    @Test
    void shouldRefuseUnknownSpeakerAndMalformedOrphanedFlag() {
        given().when().get("/api/v1/speakers/" + unique("nobody")).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("No speaker"));
        String article = published(storyOf(unique("Ferries resume"), FERRY_STORY));
        given().queryParam("orphaned", "maybe").when().get("/api/v1/articles/" + article + "/quotes").then()
                .statusCode(400).body("errors[0].parameter", equalTo("orphaned"));
        given().when().get("/api/v1/articles/" + unique("no-such-story") + "/quotes").then().statusCode(404);
    }
}
