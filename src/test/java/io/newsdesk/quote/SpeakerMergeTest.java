package io.newsdesk.quote;

import static io.newsdesk.quote.QuoteApi.quote;
import static io.newsdesk.quote.QuoteApi.quoteOf;
import static io.newsdesk.quote.QuoteApi.storyOf;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.token;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SpeakerMergeTest {
    private static final String[] PORT_STORY = {
        "The port authority's spokesperson warned of “weeks of delays” at the container terminal.",
        "“We are doing what we can,” she said. “The cranes are forty years old.”",
    };

    /** A published story with its two statements quoted under two spellings of one speaker; their slugs. */
    private record TwoSpellings(String article, String full, String surname, List<String> quoteIds) {
    }

    private static TwoSpellings twoSpellings() {
        String article = published(storyOf(unique("Port delays"), PORT_STORY));
        String surname = unique("Roe");
        String fullName = "Jane " + surname;
        String first = quoteOf(article, quote("We are doing what we can", fullName, "spokesperson", null));
        String second = quoteOf(article, quote("The cranes are forty years old", surname, null, null));
        return new TwoSpellings(article, slugOf(first), slugOf(second), List.of(first, second));
    }

    private static String slugOf(String quoteId) {
        return given().when().get("/api/v1/quotes/" + quoteId).then().statusCode(200).extract().path("speaker.slug");
    }

    private static ValidatableResponse merge(String slug, Object body) {
        return asEditor().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/speakers/" + slug + "/merge").then();
    }

    private static ValidatableResponse split(String slug, Object body) {
        return asEditor().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/speakers/" + slug + "/split").then();
    }

    @Test
    void shouldMergeSpeakerAndRedirectItsOldSlugToTheSurvivor() {
        TwoSpellings speaker = twoSpellings();

        merge(speaker.surname(), Map.of("into", speaker.full())).statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("slug", equalTo(speaker.full()))
                .body("role", equalTo("spokesperson"))
                .body("quoteCount", equalTo(2))
                .body("latestQuotes.text", containsInAnyOrder("We are doing what we can", "The cranes are forty years old"));

        given().redirects().follow(false).when().get("/api/v1/speakers/" + speaker.surname()).then().statusCode(308)
                .header("Location", endsWith("/api/v1/speakers/" + speaker.full()));
        given().queryParam("speaker", speaker.surname()).when().get("/api/v1/quotes").then().statusCode(200)
                .body("items", hasSize(2));
        assertEquals(speaker.full(), slugOf(speaker.quoteIds().get(1)));
    }

    @Test
    void shouldGiveTheSurvivorTheQuotesOfAMergedNameThatComesBack() {
        TwoSpellings speaker = twoSpellings();
        String surname = given().when().get("/api/v1/quotes/" + speaker.quoteIds().get(1)).then()
                .extract().path("speaker.name");
        merge(speaker.surname(), Map.of("into", speaker.full())).statusCode(200);

        String again = published(storyOf(unique("Port delays"), PORT_STORY));
        String id = quoteOf(again, quote("We are doing what we can", surname, null, null));

        assertEquals(speaker.full(), slugOf(id));
    }

    @Test
    void shouldSplitQuotesOffToAnotherSpeaker() {
        TwoSpellings speaker = twoSpellings();
        merge(speaker.surname(), Map.of("into", speaker.full())).statusCode(200);
        String other = unique("Ayla Demir");

        String location = split(speaker.full(), Map.of("name", other, "role", "council member",
                "quotes", List.of(speaker.quoteIds().get(1)))).statusCode(201)
                .header("Cache-Control", "private, no-store")
                .body("name", equalTo(other))
                .body("role", equalTo("council member"))
                .body("quoteCount", equalTo(1))
                .extract().header("Location");

        String slug = slugOf(speaker.quoteIds().get(1));
        assertEquals(true, location.endsWith("/api/v1/speakers/" + slug), location);
        asEditor().when().get("/api/v1/speakers/" + speaker.full()).then().statusCode(200).body("quoteCount", equalTo(1));
    }

    @Test
    void shouldUndoAMergeBySplittingTheMergedNameOffAgain() {
        TwoSpellings speaker = twoSpellings();
        String surname = given().when().get("/api/v1/quotes/" + speaker.quoteIds().get(1)).then()
                .extract().path("speaker.name");
        merge(speaker.surname(), Map.of("into", speaker.full())).statusCode(200);

        split(speaker.full(), Map.of("name", surname, "quotes", List.of(speaker.quoteIds().get(1)))).statusCode(201)
                .body("slug", equalTo(speaker.surname()));

        given().when().get("/api/v1/speakers/" + speaker.surname()).then().statusCode(200).body("quoteCount", equalTo(1));
        assertNotEquals(speaker.full(), slugOf(speaker.quoteIds().get(1)));
    }

    @Test
    void shouldRefuseToMergeASpeakerIntoItselfOrIntoNobody() {
        TwoSpellings speaker = twoSpellings();

        merge(speaker.full(), Map.of("into", speaker.full())).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/into"))
                .body("errors[0].message", equalTo("must name another speaker"));
        merge(speaker.full(), Map.of("into", unique("nobody"))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/into"));
        merge(speaker.full(), Map.of()).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/into"));
        merge(unique("nobody"), Map.of("into", speaker.full())).statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseToSplitOffQuotesOfAnotherSpeaker() {
        TwoSpellings speaker = twoSpellings();

        split(speaker.full(), Map.of("name", unique("Ayla Demir"), "quotes", List.of(speaker.quoteIds().get(1),
                UUID.randomUUID().toString()))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/quotes/0", "/quotes/1"));
        split(speaker.full(), Map.of("name", "", "quotes", List.of())).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/name", "/quotes"));
        given().when().get("/api/v1/speakers/" + speaker.surname()).then().statusCode(200).body("quoteCount", equalTo(1));
    }

    @Test
    void shouldLetOnlyEditorsMergeOrSplit() {
        TwoSpellings speaker = twoSpellings();

        given().contentType(ContentType.JSON).body(Map.of("into", speaker.full()))
                .when().post("/api/v1/speakers/" + speaker.surname() + "/merge").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(token("partner")).contentType(ContentType.JSON).body(Map.of("into", speaker.full()))
                .when().post("/api/v1/speakers/" + speaker.surname() + "/merge").then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/api/v1/speakers/" + speaker.surname()).then().statusCode(200);
    }

    @Test
    void shouldReportConfidenceAndEvidenceAndSaveOnlyTrustedCandidates() {
        String article = published(storyOf(unique("Port delays"),
                "Harbour Authority director Ines Okafor spoke on Friday. “The channel is clear,” Okafor said.",
                "“Nobody was hurt,” Brandt said."));

        asEditor().queryParam("save", true).when().post("/api/v1/articles/" + article + "/quotes/extract").then()
                .statusCode(200)
                .body("saved", equalTo(1))
                .body("items[0].speaker.name", equalTo("Ines Okafor"))
                .body("items[0].confidence", equalTo(0.85f))
                .body("items[0].evidence.phrase", equalTo("Okafor"))
                .body("items[0].evidence.blockIndex", equalTo(0))
                .body("items[0].evidence.start", equalTo(PORT_OFFSET))
                .body("items[0].evidence.basis", equalTo("attribution"))
                .body("items[1].speaker.name", equalTo("Brandt"))
                .body("items[1].confidence", equalTo(0.6f))
                .body("items[1].quoteId", equalTo(null));
    }

    @Test
    void shouldGiveExtractedQuotesToTheOneSpeakerOfTheirNameWhenOnlyOneSideNamesAnOrganisation() {
        String surname = unique("Holm");
        String[] story = {
            "Harbour Authority director Petra " + surname + " opened the terminal.",
            "“It took nine years,” " + surname + " said.",
        };
        String article = published(storyOf(unique("Terminal opens"), story));
        String slug = slugOf(quoteOf(article, quote("It took nine years", "Petra " + surname, null, null)));
        String again = published(storyOf(unique("Terminal opens"), story));

        asEditor().queryParam("save", true).when().post("/api/v1/articles/" + again + "/quotes/extract").then()
                .statusCode(200)
                .body("saved", equalTo(1))
                .body("items[0].speaker.organisation", equalTo("Harbour Authority"))
                .body("items[0].speaker.slug", equalTo(slug));
        asEditor().when().get("/api/v1/speakers/" + slug).then().statusCode(200).body("quoteCount", equalTo(2));
    }

    private static final int PORT_OFFSET = "Harbour Authority director Ines Okafor spoke on Friday. “The channel is clear,” ".length();
}
