package io.newsdesk.feed;

import io.newsdesk.feed.Feed;
import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.create;
import static io.newsdesk.support.Api.etag;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The feeds over HTTP. Each test writes its stories in a private-use language of its own
 * ({@code en-x-…}) and reads the feeds with {@code lang}, so other tests' stories never show up.
 */
@QuarkusTest
class FeedResourceTest {
    private static final String HOSTILE = "Tom & Jerry <b>bold</b> \"quoted\" 'single' — Белоярск 東京 مرحبا";

    private static String language() {
        return "en-x-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> story(String language, String section) {
        Map<String, Object> story = io.newsdesk.support.Api.story(unique("Feed story"));
        story.put("language", language);
        story.put("section", section);
        return story;
    }

    private static JsonNode jsonFeed(String path) {
        String body = given().when().get(path).then().statusCode(200).contentType("application/feed+json")
                .header("ETag", notNullValue()).header("Last-Modified", notNullValue()).extract().asString();
        try {
            JsonNode feed = NinjsSchema.JSON.readTree(body);
            assertEquals(List.of(), JsonFeedRules.violations(feed), body);
            return feed;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SyndFeed xmlFeed(String path, String type) {
        String body = given().when().get(path).then().statusCode(200).contentType(containsString(type))
                .header("ETag", notNullValue()).extract().asString();
        try {
            return new SyndFeedInput().build(new StringReader(body));
        } catch (FeedException e) {
            throw new IllegalStateException(body, e);
        }
    }

    private static List<String> ids(JsonNode feed) {
        List<String> ids = new ArrayList<>();
        feed.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    @Test
    void shouldServeASectionInAllThreeFormatsNewestFirst() {
        String lang = language();
        String older = published(story(lang, "science"));
        String newer = published(story(lang, "science"));
        published(story(lang, "business"));
        List<String> expected = List.of("urn:uuid:" + newer, "urn:uuid:" + older);

        JsonNode json = jsonFeed("/api/v1/feeds/science.json?lang=" + lang);
        assertEquals(expected, ids(json));
        assertEquals("Newsdesk: Science (" + lang + ")", json.path("title").asText());
        assertEquals(lang, json.path("items").get(0).path("language").asText());
        assertTrue(json.path("feed_url").asText().endsWith("/api/v1/feeds/science.json?lang=" + lang));

        SyndFeed rss = xmlFeed("/api/v1/feeds/science.rss?lang=" + lang, "application/rss+xml");
        assertEquals("rss_2.0", rss.getFeedType());
        assertEquals(expected, rss.getEntries().stream().map(SyndEntry::getUri).toList());
        SyndFeed atom = xmlFeed("/api/v1/feeds/science.atom?lang=" + lang, "application/atom+xml");
        assertEquals("atom_1.0", atom.getFeedType());
        assertEquals(expected, atom.getEntries().stream().map(SyndEntry::getUri).toList());
        assertEquals(lang, json.path("language").asText());
        assertEquals(lang, rss.getLanguage());
        given().when().get("/api/v1/feeds/science.atom?lang=" + lang).then()
                .body(containsString("xml:lang=\"" + lang + "\""));
    }

    @Test
    void shouldReadBackEveryFieldOfAnItemWithRome() {
        String lang = language();
        Map<String, Object> input = story(lang, "culture");
        input.put("authors", List.of("Ana Ruiz", "Staff reporter"));
        input.put("tags", List.of("film", "festival"));
        String id = published(input);
        var view = asEditor().when().get("/api/v1/articles/" + id).then().statusCode(200).extract();
        Instant published = Instant.parse(view.path("publishedAt"));
        Instant updated = Instant.parse(view.path("updatedAt"));

        SyndEntry rss = xmlFeed("/api/v1/feeds/culture.rss?lang=" + lang, "application/rss+xml").getEntries().get(0);
        assertEquals(input.get("headline"), rss.getTitle());
        assertTrue(rss.getLink().endsWith("/api/v1/articles/" + id), rss.getLink());
        assertEquals("urn:uuid:" + id, rss.getUri());
        assertEquals(input.get("standfirst"), rss.getDescription().getValue());
        assertTrue(rss.getContents().get(0).getValue().startsWith("<p>The council met on <em>Tuesday</em>"));
        assertEquals(published.truncatedTo(ChronoUnit.SECONDS), rss.getPublishedDate().toInstant());
        assertEquals(List.of("section:Culture", "tag:film", "tag:festival"), rss.getCategories().stream()
                .map(c -> c.getTaxonomyUri() + ":" + c.getName()).toList());
        assertEquals("Ana Ruiz", rss.getAuthor());

        SyndEntry atom = xmlFeed("/api/v1/feeds/culture.atom?lang=" + lang, "application/atom+xml").getEntries()
                .get(0);
        assertEquals("urn:uuid:" + id, atom.getUri());
        assertEquals(input.get("headline"), atom.getTitle());
        assertEquals(input.get("standfirst"), atom.getDescription().getValue());
        assertEquals("html", atom.getContents().get(0).getType());
        assertEquals(published.truncatedTo(ChronoUnit.SECONDS), atom.getPublishedDate().toInstant());
        assertEquals(updated.truncatedTo(ChronoUnit.SECONDS), atom.getUpdatedDate().toInstant());
        assertEquals(List.of("Ana Ruiz", "Staff reporter"), atom.getAuthors().stream().map(SyndPerson::getName).toList());
        assertEquals(List.of("culture", "film", "festival"), atom.getCategories().stream().map(SyndCategory::getName)
                .toList());
    }

    @Test
    void shouldPageFiftyByDefaultAndFollowNextLinks() {
        String lang = language();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(0, "urn:uuid:" + published(story(lang, "sport")));
        }
        JsonNode all = jsonFeed("/api/v1/feeds/all.json?lang=" + lang);
        assertEquals(ids, ids(all));
        assertNull(all.get("next_url"), "three stories fit the default page of 50");

        JsonNode first = jsonFeed("/api/v1/feeds/all.json?limit=2&lang=" + lang);
        assertEquals(ids.subList(0, 2), ids(first));
        String next = first.path("next_url").asText();
        assertTrue(next.contains("cursor="), next);
        given().when().get("/api/v1/feeds/all.json?limit=2&lang=" + lang).then()
                .header("Link", containsString("rel=\"next\""));
        JsonNode second = jsonFeed(next.substring(next.indexOf("/api/v1/")));
        assertEquals(ids.subList(2, 3), ids(second));
        assertNull(second.get("next_url"));

        SyndFeed atom = xmlFeed("/api/v1/feeds/all.atom?limit=2&lang=" + lang, "application/atom+xml");
        SyndLink atomNext = atom.getLinks().stream().filter(l -> "next".equals(l.getRel())).findFirst().orElseThrow();
        SyndFeed atomSecond = xmlFeed(atomNext.getHref().substring(atomNext.getHref().indexOf("/api/v1/")),
                "application/atom+xml");
        assertEquals(ids.subList(2, 3), atomSecond.getEntries().stream().map(SyndEntry::getUri).toList());
        SyndFeed rss = xmlFeed("/api/v1/feeds/all.rss?limit=2&lang=" + lang, "application/rss+xml");
        assertTrue(rss.getForeignMarkup().stream().anyMatch(e -> "link".equals(e.getName())
                && "next".equals(e.getAttributeValue("rel")) && e.getAttributeValue("href").contains("cursor=")));
    }

    @Test
    void shouldKeepItemIdsAcrossEditsAndChangeTheFeedTags() {
        String lang = language();
        String id = published(story(lang, "politics"));
        String path = "/api/v1/feeds/politics.json?lang=" + lang;
        var before = given().when().get(path).then().statusCode(200).extract();
        String etagBefore = before.header("ETag");
        given().header("If-None-Match", etagBefore).when().get(path).then().statusCode(304);
        given().header("If-Modified-Since", before.header("Last-Modified")).when().get(path).then().statusCode(304);

        asEditor().contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body("{\"headline\": \"Edited headline " + UUID.randomUUID() + "\"}")
                .when().patch("/api/v1/articles/" + id).then().statusCode(200);
        var after = given().header("If-None-Match", etagBefore).when().get(path).then().statusCode(200).extract();
        assertNotEquals(etagBefore, after.header("ETag"));
        assertEquals(List.of("urn:uuid:" + id), ids(jsonFeed(path)));
        assertTrue(after.path("items[0].title").toString().startsWith("Edited headline"));
    }

    @Test
    void shouldDropWithdrawnStoriesAndMoveLastModified() {
        String lang = language();
        String kept = published(story(lang, "world"));
        String withdrawn = published(story(lang, "world"));
        String path = "/api/v1/feeds/world.rss?lang=" + lang;
        String modified = given().when().get(path).then().statusCode(200).extract().header("Last-Modified");
        asEditor().when().post("/api/v1/articles/" + withdrawn + "/unpublish").then().statusCode(200);
        assertEquals(List.of("urn:uuid:" + kept), xmlFeed(path, "application/rss+xml").getEntries().stream()
                .map(SyndEntry::getUri).toList());
        String later = given().when().get(path).then().statusCode(200).extract().header("Last-Modified");
        assertFalse(java.time.ZonedDateTime.parse(later, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                .isBefore(java.time.ZonedDateTime.parse(modified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)));
    }

    @Test
    void shouldLeaveDraftsAndEmbargoedStoriesOutOfFeedsEvenForEditors() {
        String lang = language();
        String shown = published(story(lang, "business"));
        create(story(lang, "business")).statusCode(201);
        Map<String, Object> embargoed = story(lang, "business");
        embargoed.put("embargoUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        published(embargoed);
        String body = asEditor().when().get("/api/v1/feeds/business.json?lang=" + lang).then().statusCode(200)
                .header("Cache-Control", "private, no-store").extract().asString();
        assertEquals(List.of("urn:uuid:" + shown), ids(readTree(body)));
    }

    @Test
    void shouldEscapeHostileTextInEveryFormat() {
        String lang = language();
        Map<String, Object> input = story(lang, "politics");
        input.put("headline", HOSTILE + " " + UUID.randomUUID());
        input.put("standfirst", HOSTILE);
        input.put("tags", List.of("a&b", "<i>x</i>", "\"q\""));
        input.put("authors", List.of("O'Brien & <Sons>"));
        input.put("body", List.of(Map.of("type", "paragraph",
                "text", "Fish & chips <script>alert(1)</script> cost \"£5\" in Белоярск.")));
        published(input);
        String headline = (String) input.get("headline");

        JsonNode item = jsonFeed("/api/v1/feeds/politics.json?lang=" + lang).path("items").get(0);
        assertEquals(headline, item.path("title").asText());
        assertEquals(List.of("a&b", "<i>x</i>", "\"q\""), List.of(item.path("tags").get(0).asText(),
                item.path("tags").get(1).asText(), item.path("tags").get(2).asText()));
        assertFalse(item.path("content_html").asText().contains("<script>"), "the body was sanitised on the way in");

        for (String format : List.of("rss", "atom")) {
            String xml = given().when().get("/api/v1/feeds/politics." + format + "?lang=" + lang).then()
                    .statusCode(200).extract().asString();
            assertFalse(xml.contains("<b>bold</b>"), "text is escaped in " + format);
            SyndEntry entry = xmlFeed("/api/v1/feeds/politics." + format + "?lang=" + lang, format).getEntries()
                    .get(0);
            assertEquals(headline, entry.getTitle(), format);
            String summary = entry.getDescription().getValue();
            assertEquals(HOSTILE, "rss".equals(format) ? io.newsdesk.article.Markup.text(summary) : summary, format);
            assertTrue(entry.getCategories().stream().map(SyndCategory::getName).toList()
                    .containsAll(List.of("a&b", "<i>x</i>", "\"q\"")), format);
            assertEquals("O'Brien & <Sons>", entry.getAuthor(), format);
            assertTrue(entry.getContents().get(0).getValue().contains("Fish &amp; chips"), format);
        }
    }

    @Test
    void shouldServeFeedsWhateverTheFeedReaderAccepts() {
        given().accept("application/xml, text/xml;q=0.9").when().get("/api/v1/feeds/all.rss").then()
                .statusCode(200).contentType(containsString("application/rss+xml"));
        given().accept("application/json").when().get("/api/v1/feeds/all.json").then()
                .statusCode(200).contentType("application/feed+json");
        given().accept("*/*").when().get("/api/v1/feeds/all.atom").then()
                .statusCode(200).contentType(containsString("application/atom+xml"));
    }

    @Test
    void shouldKeepPartnersToTheirSections() {
        String lang = language();
        String world = published(story(lang, "world"));
        published(story(lang, "science"));
        String partner = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("World feed partner"), "role", "partner", "sections", List.of("world")))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        String all = given().auth().oauth2(partner).when().get("/api/v1/feeds/all.json?lang=" + lang).then()
                .statusCode(200).header("Cache-Control", "private, no-store").extract().asString();
        assertEquals(List.of("urn:uuid:" + world), ids(readTree(all)));
        given().auth().oauth2(partner).when().get("/api/v1/feeds/science.atom").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldAnswerBadFeedRequestsWithProblems() {
        given().when().get("/api/v1/feeds/gardening.rss").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("gardening"));
        given().queryParam("limit", "500").when().get("/api/v1/feeds/all.json").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("limit"));
        given().queryParam("cursor", "nonsense").when().get("/api/v1/feeds/all.atom").then().statusCode(400)
                .body("errors[0].parameter", equalTo("cursor"));
        given().queryParam("lang", "not a language").when().get("/api/v1/feeds/all.rss").then().statusCode(400)
                .body("errors[0].parameter", equalTo("lang"));
        given().when().get("/api/v1/feeds/all.xml").then().statusCode(404).contentType("application/problem+json");
    }

    private static JsonNode readTree(String json) {
        try {
            return NinjsSchema.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
