package io.newsdesk.quote;

import static io.newsdesk.quote.QuoteApi.storyOf;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The story the feature is for: a spokesperson quoted six times and a group's two scare quotes, posted by an
 * editor, extracted, saved, and then found by speaker across this story and a later one.
 */
@QuarkusTest
class SpokespersonStoryTest {
    private static final String[] QUOTA_STORY = {
        "The Coastal Affairs Ministry on Tuesday rejected an ultimatum from the Northern Trawler Association, which had "
                + "threatened to keep its boats in port unless this year's cod quota was raised by a third.",
        "The association called the ministry's final offer “insulting” and “a slow death for the fleet”.",
        "Coastal Affairs Ministry spokesperson Petra Lindqvist told reporters in Harrowgate: “We have listened to the "
                + "fleet for six months. The science has not changed in those six months.”",
        "“Quotas are not a bargaining chip,” Lindqvist said. “They are what keeps the stock alive for the next generation.”",
        "“Nobody in this ministry wants empty harbours,” she added.",
        "Asked about compensation for crews, the spokesperson said: “Support for crews is on the table. A higher quota is not.”",
        "“We will meet the association again on Friday, and the door stays open,” said Lindqvist.",
        "Skippers in Harrowgate said most of the fleet would stay in port at least until the Friday meeting.",
    };
    private static final String[] TRAWLING_STORY = {
        "The Coastal Affairs Ministry extended its ban on bottom trawling in Selk Bay by another two years on Thursday, "
                + "citing the slow recovery of the seabed.",
        "“The bay is healing, but it is healing slowly,” said Petra Lindqvist, a spokesperson for the Coastal Affairs Ministry.",
        "Lindqvist said divers had counted twice as many young cod as in the first survey. “Two more years will tell "
                + "us whether that is a trend,” she said.",
    };
    private static final String SPOKESPERSON = "Petra Lindqvist";
    private static final String GROUP = "Northern Trawler Association";

    @Test
    void shouldExtractSaveAndListTheSpokespersonsQuotesAcrossStories() {
        String quotaStory = published(storyOf(unique("Ministry rejects trawler ultimatum"), QUOTA_STORY));

        // Extraction alone saves nothing.
        asEditor().when().post("/api/v1/articles/" + quotaStory + "/quotes/extract").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("saved", equalTo(0))
                .body("items.text", contains("insulting", "a slow death for the fleet",
                        "We have listened to the fleet for six months. The science has not changed in those six months",
                        "Quotas are not a bargaining chip",
                        "They are what keeps the stock alive for the next generation",
                        "Nobody in this ministry wants empty harbours",
                        "Support for crews is on the table. A higher quota is not",
                        "We will meet the association again on Friday, and the door stays open"))
                .body("items.speaker.name", contains(GROUP, GROUP, SPOKESPERSON, SPOKESPERSON, SPOKESPERSON,
                        SPOKESPERSON, SPOKESPERSON, SPOKESPERSON))
                .body("items.partial", contains(true, true, false, false, false, false, false, false))
                .body("items.blockIndex", contains(1, 1, 2, 3, 3, 4, 5, 6))
                .body("items[2].speaker.role", equalTo("spokesperson"))
                .body("items[2].speaker.organisation", equalTo("Coastal Affairs Ministry"))
                .body("items.quoteId", everyItem(nullValue()));
        given().when().get("/api/v1/articles/" + quotaStory + "/quotes").then().statusCode(200).body("items", empty());

        // save=true saves them, and saving again changes nothing.
        List<String> saved = asEditor().queryParam("save", true)
                .when().post("/api/v1/articles/" + quotaStory + "/quotes/extract").then().statusCode(200)
                .body("saved", equalTo(8)).body("items.quoteId", everyItem(notNullValue()))
                .extract().path("items.quoteId");
        asEditor().queryParam("save", true).when().post("/api/v1/articles/" + quotaStory + "/quotes/extract").then()
                .statusCode(200).body("saved", equalTo(0)).body("items.quoteId", equalTo(saved));

        // The story's quotes, in body order, each enough to render.
        String slug = given().when().get("/api/v1/articles/" + quotaStory + "/quotes").then().statusCode(200)
                .body("items.id", equalTo(saved))
                .body("items[3].text", equalTo("Quotas are not a bargaining chip"))
                .body("items[3].speaker.name", equalTo(SPOKESPERSON))
                .body("items[3].speaker.role", equalTo("spokesperson"))
                .body("items[3].article.id", equalTo(quotaStory))
                .body("items[3].article.headline", notNullValue())
                .body("items[3].article.publishedAt", notNullValue())
                .body("items[3].context", equalTo("“Quotas are not a bargaining chip,” Lindqvist said."))
                .extract().path("items[3].speaker.slug");
        assertEquals("petra-lindqvist", slug);

        // A later story quotes her again, introduced the other way round.
        String trawlingStory = published(storyOf(unique("Selk Bay trawling ban extended"), TRAWLING_STORY));
        asEditor().queryParam("save", true).when().post("/api/v1/articles/" + trawlingStory + "/quotes/extract").then()
                .statusCode(200).body("saved", equalTo(2)).body("items.speaker.slug", everyItem(equalTo(slug)));

        List<String> newestFirst = given().queryParam("speaker", slug).when().get("/api/v1/quotes").then()
                .statusCode(200).body("items", hasSize(8)).body("next", nullValue())
                .body("items.speaker.slug", everyItem(equalTo(slug)))
                .extract().path("items.article.id");
        assertEquals(Collections.nCopies(2, trawlingStory), newestFirst.subList(0, 2));
        assertEquals(Collections.nCopies(6, quotaStory), newestFirst.subList(2, 8));

        given().when().get("/api/v1/speakers/" + slug).then().statusCode(200)
                .body("name", equalTo(SPOKESPERSON)).body("role", equalTo("spokesperson"))
                .body("organisation", equalTo("Coastal Affairs Ministry"))
                .body("quoteCount", equalTo(8))
                .body("latestQuotes", hasSize(8))
                .body("latestQuotes[0].article.id", equalTo(trawlingStory));
        given().when().get("/api/v1/speakers/northern-trawler-association").then().statusCode(200)
                .body("name", equalTo(GROUP)).body("quoteCount", equalTo(2))
                .body("latestQuotes.text", containsInAnyOrder("insulting", "a slow death for the fleet"))
                .body("latestQuotes.partial", everyItem(equalTo(true)));
    }
}
