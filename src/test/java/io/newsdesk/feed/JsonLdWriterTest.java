package io.newsdesk.feed;

import io.newsdesk.quote.Quotation;
import io.newsdesk.feed.NewsArticle;
import io.newsdesk.feed.JsonLdWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.article.ArticleView;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdWriterTest {

    @Test
    void shouldWriteANewsArticleWithPublisherAndQuotations() {
        ArticleView story = Fixtures.story();
        JsonNode json = NinjsSchema.tree(JsonLdWriter.write(story, List.of(
                new Quotation("We will not wait.", "Helena Varga", "interior minister",
                        "https://api.example.org/api/v1/speakers/helena-varga")), Fixtures.masthead()));
        assertEquals("https://schema.org", json.path("@context").asText());
        assertEquals("NewsArticle", json.path("@type").asText());
        assertEquals("https://api.example.org/api/v1/articles/" + story.id(), json.path("@id").asText());
        assertEquals(story.links().html(), json.path("mainEntityOfPage").path("@id").asText());
        assertEquals(story.standfirst(), json.path("description").asText());
        assertEquals("2026-03-02T09:00:00Z", json.path("datePublished").asText());
        assertEquals(List.of("Marta Lindqvist", "Staff reporter"),
                List.of(json.path("author").get(0).path("name").asText(), json.path("author").get(1).path("name").asText()));
        assertEquals("Organization", json.path("publisher").path("@type").asText());
        assertEquals("https://news.example.org", json.path("publisher").path("url").asText());
        assertEquals("https://news.example.org/logo.png", json.path("publisher").path("logo").asText());
        assertEquals(16, json.path("wordCount").asInt());
        assertEquals("https://img.example.org/harbour.jpg", json.path("image").get(0).asText());

        JsonNode quote = json.path("hasPart").get(0);
        assertEquals("Quotation", quote.path("@type").asText());
        assertEquals("We will not wait.", quote.path("text").asText());
        assertEquals("Person", quote.path("creator").path("@type").asText());
        assertEquals("Helena Varga", quote.path("creator").path("name").asText());
        assertEquals("interior minister", quote.path("creator").path("jobTitle").asText());
        assertEquals("https://api.example.org/api/v1/speakers/helena-varga", quote.path("creator").path("@id").asText());
    }

    @Test
    void shouldLeaveOutQuotationsAndDatesAStoryDoesNotHave() {
        ArticleView draft = Fixtures.story("Unpublished draft", null, List.of());
        ArticleView unpublished = new ArticleView(draft.id(), draft.slug(), draft.language(), draft.headline(), null,
                "Teaser only", draft.body(), null, null, draft.section(), draft.tags(), draft.authors(), null,
                draft.status(), null, null, null, null, null, draft.createdAt(), draft.updatedAt(), draft.revision(),
                null, draft.links());
        JsonNode json = NinjsSchema.tree(JsonLdWriter.write(unpublished, List.of(), Fixtures.masthead()));
        assertFalse(json.has("hasPart"));
        assertFalse(json.has("datePublished"));
        assertFalse(json.has("keywords"));
        assertEquals("Teaser only", json.path("description").asText());
    }
}
