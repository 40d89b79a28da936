package io.newsdesk.feed;

import io.newsdesk.feed.JsonFeedWriter;
import io.newsdesk.feed.JsonFeed;
import io.newsdesk.feed.FeedXmlWriter;
import io.newsdesk.feed.Feed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import io.newsdesk.article.ArticleView;
import io.newsdesk.article.Markup;
import java.io.StringReader;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.junit.jupiter.api.Test;

/** The feed writers, read back with ROME (RSS, Atom) and checked against the JSON Feed 1.1 rules. */
class FeedWritersTest {
    private static final String NEXT = "https://api.example.org/api/v1/feeds/politics.rss?limit=1&cursor=abc";
    private static final String CLEAN_HOSTILE = Fixtures.HOSTILE.replace("\u0007", "");

    private static ArticleView hostile() {
        return Fixtures.story(Fixtures.HOSTILE, Fixtures.HOSTILE, List.of("a&b", "<c>", "\"q\""));
    }

    @Test
    void shouldWriteRssThatRomeReadsBackFieldByField() throws FeedException {
        ArticleView story = Fixtures.story();
        String xml = FeedXmlWriter.rss(Fixtures.feed(List.of(story), NEXT));

        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("Newsdesk Agency: Politics", feed.getTitle());
        assertEquals("https://news.example.org/politics", feed.getLink());
        assertEquals("Governments & parliaments <and> the people in them.", feed.getDescription());
        assertEquals("© 2026 Newsdesk Agency", feed.getCopyright());
        assertEquals(Date.from(Fixtures.UPDATED.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                feed.getPublishedDate(), "lastBuildDate");
        assertEquals(List.of("self", "next"), atomLinks(feed).stream().map(l -> l.getAttributeValue("rel")).toList());
        assertEquals(NEXT, atomLinks(feed).get(1).getAttributeValue("href"));

        assertEquals(1, feed.getEntries().size());
        SyndEntry entry = feed.getEntries().get(0);
        assertEquals(story.headline(), entry.getTitle());
        assertEquals(story.links().html(), entry.getLink());
        assertEquals("urn:uuid:" + story.id(), entry.getUri());
        assertEquals(story.standfirst(), Markup.text(entry.getDescription().getValue()));
        assertEquals(Markup.html(story.body()), entry.getContents().get(0).getValue());
        assertEquals(Date.from(Fixtures.PUBLISHED), entry.getPublishedDate());
        assertEquals(List.of("section:Politics", "tag:transport", "tag:harbour"), categories(entry));
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        assertEquals(story.authors(), dc.getCreators());
        assertEquals("en", dc.getLanguage());

        Channel channel = (Channel) wire(xml);
        assertFalse(channel.getItems().get(0).getGuid().isPermaLink(), "the guid is an id, not a link");
    }

    @Test
    void shouldWriteAtomThatRomeReadsBackFieldByField() throws FeedException {
        ArticleView story = Fixtures.story();
        String xml = FeedXmlWriter.atom(Fixtures.feed(List.of(story), NEXT));

        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("urn:uuid:6a1c3f57-0f7e-3c53-a3f0-8d2b0c3e4d11", feed.getUri());
        assertEquals("Newsdesk Agency: Politics", feed.getTitle());
        assertEquals("Governments & parliaments <and> the people in them.", feed.getDescription());
        assertEquals("© 2026 Newsdesk Agency", feed.getCopyright());
        assertEquals("https://news.example.org/logo.png", feed.getIcon().getUrl());
        assertEquals(List.of("alternate https://news.example.org/politics",
                "self https://api.example.org/api/v1/feeds/politics.json", "next " + NEXT),
                feed.getLinks().stream().map(l -> l.getRel() + " " + l.getHref()).toList());
        assertEquals(List.of("Newsdesk Agency"), feed.getAuthors().stream().map(SyndPerson::getName).toList());

        SyndEntry entry = feed.getEntries().get(0);
        assertEquals("urn:uuid:" + story.id(), entry.getUri());
        assertEquals(story.headline(), entry.getTitle());
        assertEquals(story.links().html(), entry.getLink());
        assertEquals(story.standfirst(), entry.getDescription().getValue());
        assertEquals("text", entry.getDescription().getType());
        assertEquals("html", entry.getContents().get(0).getType());
        assertEquals(Markup.html(story.body()), entry.getContents().get(0).getValue());
        assertEquals(Date.from(Fixtures.PUBLISHED), entry.getPublishedDate());
        assertEquals(Date.from(Fixtures.UPDATED.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                entry.getUpdatedDate());
        assertEquals(story.authors(), entry.getAuthors().stream().map(SyndPerson::getName).toList());
        assertEquals(List.of("https://api.example.org/api/v1/sections:politics", "null:transport", "null:harbour"),
                categories(entry));
        assertEquals("Politics", entry.getCategories().get(0).getLabel());
        assertEquals("en", ((DCModule) entry.getModule(DCModule.URI)).getLanguage());
    }

    @Test
    void shouldCarryHostileTextThroughRssAndAtomUnchanged() throws FeedException {
        for (String xml : List.of(FeedXmlWriter.rss(Fixtures.feed(List.of(hostile()), null)),
                FeedXmlWriter.atom(Fixtures.feed(List.of(hostile()), null)))) {
            assertFalse(xml.contains("<script>"), "markup in text is escaped");
            SyndEntry entry = new SyndFeedInput().build(new StringReader(xml)).getEntries().get(0);
            assertEquals(CLEAN_HOSTILE, entry.getTitle(), "only the control character is lost");
            // RSS descriptions are HTML (the text went in escaped); Atom's summary is declared text.
            String summary = entry.getDescription().getValue();
            assertEquals(CLEAN_HOSTILE, "text".equals(entry.getDescription().getType()) ? summary
                    : Markup.text(summary));
            assertTrue(entry.getCategories().stream().map(SyndCategory::getName).toList()
                    .containsAll(List.of("a&b", "<c>", "\"q\"")));
        }
    }

    @Test
    void shouldLeaveOutNextLinksOnTheLastPage() throws FeedException {
        String rss = FeedXmlWriter.rss(Fixtures.feed(List.of(Fixtures.story()), null));
        assertEquals(List.of("self"), atomLinks(new SyndFeedInput().build(new StringReader(rss))).stream()
                .map(l -> l.getAttributeValue("rel")).toList());
        String atom = FeedXmlWriter.atom(Fixtures.feed(List.of(), null));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertTrue(feed.getLinks().stream().map(SyndLink::getRel).noneMatch("next"::equals));
        assertTrue(feed.getEntries().isEmpty());
    }

    @Test
    void shouldWriteJsonFeedByTheVersion11Rules() {
        ArticleView story = Fixtures.story();
        JsonFeed feed = JsonFeedWriter.write(Fixtures.feed(List.of(story, hostile()), NEXT));
        JsonNode json = NinjsSchema.tree(feed);
        assertEquals(List.of(), JsonFeedRules.violations(json));
        assertEquals(NEXT, json.path("next_url").asText());
        JsonNode item = json.path("items").get(0);
        assertEquals("urn:uuid:" + story.id(), item.path("id").asText());
        assertEquals(story.links().html(), item.path("url").asText());
        assertEquals(Markup.html(story.body()), item.path("content_html").asText());
        assertEquals("https://img.example.org/harbour.jpg", item.path("image").asText());
        assertEquals("2026-03-02T09:00:00Z", item.path("date_published").asText());
        assertEquals(Fixtures.HOSTILE, json.path("items").get(1).path("title").asText(), "JSON carries any text");
    }

    @Test
    void shouldCatchWhatBreaksTheJsonFeedRules() {
        JsonNode broken = NinjsSchema.tree(java.util.Map.of("version", "1", "items",
                List.of(java.util.Map.of("id", 7, "title", "no content"))));
        assertEquals(List.of("version must be https://jsonfeed.org/version/1.1", "feed: title is required",
                "item 7: id must be a non-empty string", "item 7: needs content_html or content_text"),
                JsonFeedRules.violations(broken));
    }

    @Test
    void shouldGiveAnEmptyJsonFeedItsRequiredMembers() {
        JsonNode json = NinjsSchema.tree(JsonFeedWriter.write(Fixtures.feed(List.of(), null)));
        assertEquals(List.of(), JsonFeedRules.violations(json));
        assertTrue(json.path("items").isArray());
        assertNull(json.get("next_url"));
    }

    private static List<Element> atomLinks(SyndFeed feed) {
        return feed.getForeignMarkup().stream()
                .filter(e -> "link".equals(e.getName()) && "http://www.w3.org/2005/Atom".equals(e.getNamespaceURI()))
                .toList();
    }

    private static List<String> categories(SyndEntry entry) {
        return entry.getCategories().stream().map(c -> c.getTaxonomyUri() + ":" + c.getName()).toList();
    }

    private static WireFeed wire(String xml) throws FeedException {
        return new WireFeedInput().build(new StringReader(xml));
    }
}
