package io.newsdesk.feed;

import io.newsdesk.quote.Quotation;
import io.newsdesk.feed.NinjsWriter;
import io.newsdesk.feed.NinjsItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.article.ArticleView;
import io.newsdesk.article.Markup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ninjs items as the writer makes them, each checked against the IPTC ninjs 2.2 schema. */
class NinjsWriterTest {
    private static final List<Quotation> QUOTES = List.of(
            new Quotation("We will not wait for the committee.", "Helena Varga", "interior minister",
                    "https://api.example.org/api/v1/speakers/helena-varga"),
            new Quotation("The figures speak for themselves.", "Jonas Reiter", null, null),
            new Quotation("Nor will we wait for the courts.", "Helena Varga", "interior minister",
                    "https://api.example.org/api/v1/speakers/helena-varga"));

    @Test
    void shouldWriteAValidItemWithEveryField() {
        ArticleView story = Fixtures.story();
        NinjsItem item = NinjsWriter.write(story, NinjsWriter.PubStatus.USABLE, QUOTES, Fixtures.masthead(), true);
        assertEquals(List.of(), NinjsSchema.errors(item));

        JsonNode json = NinjsSchema.tree(item);
        assertEquals("urn:uuid:" + story.id(), json.path("uri").asText());
        assertEquals("2.2", json.path("standard").path("version").asText());
        assertEquals("text", json.path("type").asText());
        assertEquals("4", json.path("version").asText());
        assertEquals("2026-03-02T08:15:30.123456Z", json.path("firstcreated").asText());
        assertEquals("2026-03-02T10:30:00.500Z", json.path("versioncreated").asText());
        assertEquals("usable", json.path("pubstatus").asText());
        assertEquals(3, json.path("urgency").asInt());
        assertEquals("en", json.path("language").asText());
        assertEquals(List.of("main:" + story.headline(), "standfirst:" + story.standfirst()),
                roles(json.path("headlines")));
        assertEquals("Marta Lindqvist, Staff reporter", json.path("by").asText());
        assertEquals("Portmere", json.path("located").asText());
        assertEquals(List.of("section:Politics", "tag:transport", "tag:harbour"), rels(json.path("subjects")));
        assertEquals(List.of("quoted:Helena Varga", "quoted:Jonas Reiter"), rels(json.path("people")));
        assertEquals("https://api.example.org/api/v1/speakers/helena-varga",
                json.path("people").get(0).path("uri").asText());
        assertEquals("Newsdesk Agency", json.path("copyrightholder").asText());
        assertEquals("Subscribers only.", json.path("usageterms").asText());
        assertEquals("Check the figures", json.path("ednote").asText());
        assertEquals("https://img.example.org/harbour.jpg", json.path("associations").get(0).path("uri").asText());
    }

    @Test
    void shouldCountTheRunningTextInBothBodies() {
        ArticleView story = Fixtures.story();
        JsonNode bodies = NinjsSchema.tree(NinjsWriter.write(story, NinjsWriter.PubStatus.USABLE, List.of(),
                Fixtures.masthead(), false)).path("bodies");
        assertEquals("text/html", bodies.get(0).path("contenttype").asText());
        assertEquals(Markup.html(story.body()), bodies.get(0).path("value").asText());
        assertEquals("text/plain", bodies.get(1).path("contenttype").asText());
        assertEquals(Markup.plain(story.body()), bodies.get(1).path("value").asText());
        // "The council met on Tuesday & agreed." (6) + "What comes next" (3) + the last paragraph (7);
        // the image caption is not running text.
        String running = "The council met on Tuesday & agreed.What comes nextSecond paragraph, with 12 words in it.";
        for (JsonNode body : bodies) {
            assertEquals(16, body.path("wordcount").asInt());
            assertEquals(running.length(), body.path("charcount").asInt());
        }
    }

    @Test
    void shouldLeaveOutWhatAStoryDoesNotHave() {
        ArticleView bare = Fixtures.story("Короткая заметка без подзаголовка", null, List.of());
        NinjsItem item = NinjsWriter.write(bare, NinjsWriter.PubStatus.USABLE, List.of(), Fixtures.masthead(), false);
        assertEquals(List.of(), NinjsSchema.errors(item));
        JsonNode json = NinjsSchema.tree(item);
        assertEquals(1, json.path("headlines").size());
        assertFalse(json.has("people"), "nobody quoted");
        assertFalse(json.has("ednote"), "editorial notes are for editors");
        assertFalse(json.has("embargoed"));
    }

    @Test
    void shouldWithdrawCanceledStoriesWithoutTheirBody() {
        NinjsItem item = NinjsWriter.write(Fixtures.story(), NinjsWriter.PubStatus.CANCELED, List.of(),
                Fixtures.masthead(), false);
        assertEquals(List.of(), NinjsSchema.errors(item));
        assertEquals("canceled", item.pubstatus());
        assertEquals("partial", item.representationtype());
        assertTrue(item.bodies().isEmpty());
        assertTrue(item.associations().isEmpty());
        assertEquals(Fixtures.story().headline(), item.headlines().get(0).value());
    }

    @Test
    void shouldKeepHostileTextAsData() {
        ArticleView story = Fixtures.story(Fixtures.HOSTILE, Fixtures.HOSTILE, List.of("<c>", "a&b"));
        NinjsItem item = NinjsWriter.write(story, NinjsWriter.PubStatus.USABLE, List.of(), Fixtures.masthead(), false);
        assertEquals(List.of(), NinjsSchema.errors(item));
        assertEquals(Fixtures.HOSTILE, NinjsSchema.tree(item).path("headlines").get(0).path("value").asText());
    }

    @Test
    void shouldHaveTheSchemaRejectWhatNinjsForbids() {
        ObjectNode item = (ObjectNode) NinjsSchema.tree(NinjsWriter.write(Fixtures.story(),
                NinjsWriter.PubStatus.USABLE, List.of(), Fixtures.masthead(), false));
        item.put("pubstatus", "live");
        item.put("uri", "not a uri");
        item.put("headline", "no such property");
        String errors = String.join("\n", NinjsSchema.errors(item.toString()));
        assertTrue(errors.contains("/pubstatus: does not have a value in the enumeration"), errors);
        assertTrue(errors.contains("/uri: does not match the uri pattern"), errors);
        assertTrue(errors.contains("property 'headline' is not evaluated"), errors);
    }

    private static List<String> roles(JsonNode texts) {
        return java.util.stream.StreamSupport.stream(texts.spliterator(), false)
                .map(t -> t.path("role").asText() + ":" + t.path("value").asText()).toList();
    }

    private static List<String> rels(JsonNode concepts) {
        return java.util.stream.StreamSupport.stream(concepts.spliterator(), false)
                .map(t -> t.path("rel").asText() + ":" + t.path("name").asText()).toList();
    }
}
