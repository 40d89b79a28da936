package io.newsdesk.quote;

import static io.newsdesk.quote.QuoteApi.quote;
import static io.newsdesk.quote.QuoteApi.quoteOf;
import static io.newsdesk.quote.QuoteApi.storyOf;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A story's saved quotes reach the syndication formats: ninjs people, schema.org Quotation parts. */
@QuarkusTest
class QuotesInFormatsTest {

    @Test
    void shouldListQuotedSpeakersAsNinjsPeopleAndJsonLdQuotations() {
        String id = published(storyOf(unique("Ferry tariffs frozen"),
                "\"Fares will not rise this winter,\" said Transport Minister Ilse Brandt.",
                "\"We checked every route twice,\" Brandt added."));
        quoteOf(id, quote("Fares will not rise this winter", "Ilse Brandt", "Transport Minister", null));
        quoteOf(id, quote("We checked every route twice", "Ilse Brandt", "Transport Minister", null));

        given().accept("application/ninjs+json").when().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("people", hasSize(1))
                .body("people[0].name", equalTo("Ilse Brandt"))
                .body("people[0].rel", equalTo("quoted"))
                .body("people[0].uri", equalTo("urn:newsdesk:speaker:ilse-brandt"));
        given().accept("application/ld+json").when().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("hasPart", hasSize(2))
                .body("hasPart[0].'@type'", equalTo("Quotation"))
                .body("hasPart[0].text", equalTo("Fares will not rise this winter"))
                .body("hasPart[1].creator.name", equalTo("Ilse Brandt"));
    }

    @Test
    void shouldShowPullQuotesInSyndicatedHtml() {
        String id = published(storyOf(unique("Quay wall repaired"),
                "\"The quay is safe again,\" said harbour master Oskar Lind."));
        String quote = quoteOf(id, quote("The quay is safe again", "Oskar Lind", "harbour master", null));
        String etag = io.newsdesk.support.Api.etag(id);
        io.newsdesk.support.Api.asEditor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(java.util.Map.of("body", java.util.List.of(
                        java.util.Map.of("type", "paragraph", "text", "\"The quay is safe again,\" said harbour master Oskar Lind."),
                        java.util.Map.of("type", "quote", "quoteId", quote))))
                .when().patch("/api/v1/articles/" + id).then().statusCode(200);

        String html = given().accept("application/ninjs+json").when().get("/api/v1/articles/" + id).then()
                .statusCode(200).extract().path("bodies[0].value");
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("<blockquote") && html.contains("The quay is safe again")
                && html.contains("Oskar Lind") && html.lastIndexOf("The quay is safe again") > html.indexOf("<blockquote"),
                html);
    }
}
