package io.newsdesk.teaser;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.create;
import static io.newsdesk.support.Api.etag;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.teaser.Fixtures.isProblem;
import static io.newsdesk.teaser.Fixtures.partnerOf;
import static io.newsdesk.teaser.Fixtures.publishAt;
import static io.newsdesk.teaser.Fixtures.section;
import static io.newsdesk.teaser.Fixtures.story;
import static io.newsdesk.teaser.Fixtures.word;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The search contract. Every test here runs against both engines (PostgreSQL text search and the
 * embedded one), so each asserts only what both promise.
 */
@QuarkusTest
class SearchResourceTest {

    private static ValidatableResponse search(String q) {
        return given().queryParam("q", q).when().get("/api/v1/search").then().statusCode(200);
    }

    private static List<String> ids(String q) {
        return search(q).extract().path("items.id");
    }

    private static String publish(String section, String headline, String standfirst, String paragraph) {
        return published(story(section, headline, standfirst, paragraph));
    }

    @Test
    void shouldRankHeadlineMatchesAboveStandfirstAboveBody() {
        String section = section();
        String term = word();
        String inBody = publish(section, "Harbour news", "Ferries resume.", "Crews spoke of " + term + " at dawn.");
        String inStandfirst = published(publishAt(story(section, "Port report", "Talk of " + term + " grows.",
                "Nothing else."), Instant.now().minus(2, ChronoUnit.DAYS)));
        String inHeadline = published(publishAt(story(section, "The " + term + " question", "A standfirst.",
                "A paragraph."), Instant.now().minus(5, ChronoUnit.DAYS)));
        assertEquals(List.of(inHeadline, inStandfirst, inBody), ids(term));
    }

    @Test
    void shouldBreakRelevanceTiesByRecency() {
        String section = section();
        String term = word();
        String older = published(publishAt(story(section, "Older", "Older.", "About " + term + "."),
                Instant.now().minus(1, ChronoUnit.DAYS)));
        String newer = publish(section, "Newer", "Newer.", "About " + term + ".");
        assertEquals(List.of(newer, older), ids(term));
    }

    @Test
    void shouldRequireEveryWord() {
        String section = section();
        String a = word();
        String b = word();
        String both = publish(section, "Both", "Both.", a + " met " + b + ".");
        publish(section, "Only one", "One.", a + " alone.");
        assertEquals(List.of(both), ids(a + " " + b));
        assertEquals(List.of(both), ids(b.toUpperCase() + " " + a));
    }

    @Test
    void shouldMatchQuotedPhrasesOnlyAsPhrases() {
        String section = section();
        String a = word();
        String b = word();
        String phrase = publish(section, "Phrase", "Phrase.", "They said " + a + " " + b + " twice.");
        String apart = publish(section, "Apart", "Apart.", b + " came before " + a + ".");
        assertEquals(new HashSet<>(List.of(phrase, apart)), new HashSet<>(ids(a + " " + b)));
        assertEquals(List.of(phrase), ids("\"" + a + " " + b + "\""));
    }

    @Test
    void shouldExcludeWordsAndPhrasesWithMinus() {
        String section = section();
        String a = word();
        String b = word();
        String c = word();
        String alone = publish(section, "Alone", "Alone.", a + " alone.");
        String withB = publish(section, "With b", "With b.", a + " with " + b + ".");
        publish(section, "Phrase", "Phrase.", a + " said " + b + " " + c + ".");
        String apart = publish(section, "Apart", "Apart.", a + " and " + c + " " + b + ".");
        assertEquals(List.of(alone), ids(a + " -" + b));
        assertEquals(new HashSet<>(List.of(alone, withB, apart)), new HashSet<>(ids(a + " -\"" + b + " " + c + "\"")));
    }

    @Test
    void shouldMatchEitherSideOfOr() {
        String section = section();
        String a = word();
        String b = word();
        String c = word();
        String first = publish(section, "First", "First.", a + " only.");
        String second = publish(section, "Second", "Second.", b + " and " + c + ".");
        publish(section, "Third", "Third.", b + " only.");
        assertEquals(new HashSet<>(List.of(first, second)), new HashSet<>(ids(a + " or " + b + " " + c)));
        assertEquals(new HashSet<>(List.of(first, second)), new HashSet<>(ids(a + " OR \"" + b + " and " + c + "\"")));
    }

    @Test
    void shouldMatchOtherFormsOfAWord() {
        String section = section();
        String english = publish(section, "Vote", "Vote.", "The " + word() + " budgets passed.");
        var russian = story(section, "Шторм", "Шторм.", "Город остался без света после " + word() + " штормов.");
        russian.put("language", "ru");
        String russianId = published(russian);
        given().queryParam("q", "budget").queryParam("section", section).when().get("/api/v1/search").then()
                .statusCode(200).body("items.id", equalTo(List.of(english)));
        given().queryParam("q", "шторм").queryParam("section", section).when().get("/api/v1/search").then()
                .statusCode(200).body("items.id", equalTo(List.of(russianId)));
    }

    @Test
    void shouldHighlightMatchesInAnEscapedSnippet() {
        String section = section();
        String term = word();
        publish(section, "Markup", "Plans for R&D.",
                "The <em>" + term + "</em> plan &lt;draft&gt; went to <strong>committee</strong> on Monday.");
        search(term).body("items", hasSize(1))
                .body("items[0].snippet", allOf(containsString("<mark>" + term + "</mark>"),
                        containsString("R&amp;D"), containsString("&lt;draft&gt;"),
                        not(containsString("<em>")), not(containsString("<strong>"))))
                .body("items[0].headline", equalTo("Markup"))
                .body("items[0].teaser", equalTo("Plans for R&D."))
                .body("items[0].links.self", containsString("/api/v1/articles/"));
    }

    @Test
    void shouldPageByRelevanceWithoutRepeatsOrGaps() {
        String section = section();
        String term = word();
        Instant sameTime = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // Four stories tie on relevance and on time: only their ids order them.
            created.add(published(publishAt(story(section, "Tie " + i, "Tie.", "Mentions " + term + "."), sameTime)));
        }
        created.add(publish(section, "Headline " + term, "Best.", "Best."));
        created.add(publish(section, "Standfirst", "Second best " + term + ".", "Second."));
        created.add(published(publishAt(story(section, "Older tie", "Tie.", "Mentions " + term + "."),
                sameTime.minus(1, ChronoUnit.DAYS))));
        List<String> all = ids(term);
        assertEquals(new HashSet<>(created), new HashSet<>(all));
        for (int size = 1; size <= 3; size++) {
            assertEquals(all, pages(term, size), "pages of " + size);
        }
    }

    @Test
    void shouldRankEveryPlacementOfTwoWordsAndPageAcrossTheTiers() {
        String section = section();
        String first = word();
        String second = word();
        double[] weights = {1.0, 0.4, 0.2};
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        record Placed(String id, double score, int age) {
        }
        List<Placed> stories = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                // Each way of placing the two words (headline, standfirst, body) in a story of its own.
                String headline = "Desk note" + (a == 0 ? " " + first : "") + (b == 0 ? " " + second : "");
                String standfirst = "Summary" + (a == 1 ? " " + first : "") + (b == 1 ? " " + second : "") + ".";
                String body = "Details" + (a == 2 ? " " + first : "") + (b == 2 ? " " + second : "") + ".";
                int age = stories.size() + 1;
                String id = published(publishAt(story(section, headline, standfirst, body),
                        start.minus(age, ChronoUnit.MINUTES)));
                stories.add(new Placed(id, weights[a] + weights[b], age));
            }
        }
        publish(section, "Only " + first, "Without the other word.", "Nothing more.");
        List<String> expected = stories.stream()
                .sorted(java.util.Comparator.comparingDouble(Placed::score).reversed().thenComparingInt(Placed::age))
                .map(Placed::id).toList();
        String q = first + " " + second;
        assertEquals(expected, ids(q), "every tier, ties newest first");
        for (int size : new int[] {1, 2, 4}) {
            assertEquals(expected, pages(q, size), "pages of " + size);
        }
    }

    /** Every page of a search, followed by its cursors. */
    private static List<String> pages(String q, int size) {
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", q).queryParam("limit", size);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/v1/search").then().statusCode(200).extract();
            paged.addAll(page.path("items.id"));
            cursor = page.path("next");
            if (cursor != null) {
                assertTrue(page.header("Link").contains("rel=\"next\""));
            }
        } while (cursor != null);
        return paged;
    }

    @Test
    void shouldFilterBySectionLanguageAndTime() {
        String term = word();
        String here = section();
        String there = section();
        String recent = publish(here, "Recent", "Recent.", term + ".");
        String old = published(publishAt(story(there, "Old", "Old.", term + "."),
                Instant.now().minus(3, ChronoUnit.DAYS)));
        var german = story(there, "Deutsch", "Deutsch.", term + ".");
        german.put("language", "de");
        String germanId = published(german);
        String yesterday = Instant.now().minus(1, ChronoUnit.DAYS).toString();
        given().queryParam("q", term).queryParam("section", here).when().get("/api/v1/search").then()
                .body("items.id", equalTo(List.of(recent)));
        given().queryParam("q", term).queryParam("lang", "de").when().get("/api/v1/search").then()
                .body("items.id", equalTo(List.of(germanId)));
        given().queryParam("q", term).queryParam("until", yesterday).when().get("/api/v1/search").then()
                .body("items.id", equalTo(List.of(old)));
        List<String> since = given().queryParam("q", term).queryParam("since", yesterday).when()
                .get("/api/v1/search").then().extract().path("items.id");
        assertEquals(new HashSet<>(List.of(recent, germanId)), new HashSet<>(since));
    }

    @Test
    void shouldFindOnlyWhatReadersCanSeeAndFollowEdits() {
        String section = section();
        String term = word();
        String draft = create(story(section, "Draft " + term, "Draft.", "Draft.")).statusCode(201).extract().path("id");
        var embargoed = story(section, "Embargoed " + term, "Embargoed.", "Embargoed.");
        embargoed.put("embargoUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        published(embargoed);
        String live = publish(section, "Live", "Live.", "Not yet.");
        search(term).body("items", hasSize(0));
        asEditor().contentType("application/merge-patch+json").header("If-Match", etag(live))
                .body(Map.of("headline", "Live " + term)).when().patch("/api/v1/articles/" + live).then()
                .statusCode(200);
        assertEquals(List.of(live), ids(term));
        asEditor().when().post("/api/v1/articles/" + draft + "/publish").then().statusCode(200);
        assertEquals(new HashSet<>(List.of(live, draft)), new HashSet<>(ids(term)));
        asEditor().when().post("/api/v1/articles/" + live + "/unpublish").then().statusCode(200);
        asEditor().when().delete("/api/v1/articles/" + draft).then().statusCode(204);
        search(term).body("items", hasSize(0)).body("next", nullValue());
    }

    @Test
    void shouldShowPartnersOnlyTheirSections() {
        String term = word();
        String mine = section();
        String visible = publish(mine, "Mine", "Mine.", term + ".");
        publish(section(), "Theirs", "Theirs.", term + ".");
        String partner = partnerOf(mine);
        given().auth().oauth2(partner).queryParam("q", term).when().get("/api/v1/search").then().statusCode(200)
                .header("Cache-Control", "private, no-store").body("items.id", equalTo(List.of(visible)));
    }

    @Test
    void shouldAnswerNotModifiedForCurrentEtag() {
        String term = word();
        publish(section(), "Cached", "Cached.", term + ".");
        String etag = search(term).header("Cache-Control", containsString("public")).extract().header("ETag");
        given().header("If-None-Match", etag).queryParam("q", term).when().get("/api/v1/search").then()
                .statusCode(304);
    }

    @Test
    void shouldRefuseEmptyOverlongAndExclusionOnlyQueries() {
        isProblem(given().when().get("/api/v1/search").then(), 400, "validation-failed")
                .body("errors[0].parameter", equalTo("q"));
        isProblem(given().queryParam("q", "   ").when().get("/api/v1/search").then(), 400, "validation-failed")
                .body("errors[0].parameter", equalTo("q"));
        isProblem(given().queryParam("q", "a".repeat(201)).when().get("/api/v1/search").then(), 400,
                "validation-failed").body("errors[0].message", containsString("200"));
        isProblem(given().queryParam("q", "-budget").when().get("/api/v1/search").then(), 400, "validation-failed")
                .body("errors[0].parameter", equalTo("q"));
        isProblem(given().queryParam("q", "\" \" or").when().get("/api/v1/search").then(), 400, "validation-failed");
    }

    @Test
    void shouldRefuseBadParametersAndForeignCursors() {
        String term = word();
        String section = section();
        publish(section, "One", "One.", term + ".");
        publish(section, "Two", "Two.", term + ".");
        String next = given().queryParam("q", term).queryParam("limit", 1).when().get("/api/v1/search").then()
                .statusCode(200).extract().path("next");
        isProblem(given().queryParam("q", word()).queryParam("cursor", next).when().get("/api/v1/search").then(),
                400, "validation-failed").body("errors[0].parameter", equalTo("cursor"));
        isProblem(given().queryParam("q", term).queryParam("cursor", "garbage").when().get("/api/v1/search").then(),
                400, "validation-failed").body("errors[0].parameter", equalTo("cursor"));
        isProblem(given().queryParam("q", term).queryParam("limit", 0).when().get("/api/v1/search").then(), 400,
                "validation-failed").body("errors[0].parameter", equalTo("limit"));
        isProblem(given().queryParam("q", term).queryParam("since", "yesterday").when().get("/api/v1/search").then(),
                400, "validation-failed").body("errors[0].parameter", equalTo("since"));
        isProblem(given().queryParam("q", term).queryParam("lang", "??").when().get("/api/v1/search").then(), 400,
                "validation-failed").body("errors[0].parameter", equalTo("lang"));
    }
}
