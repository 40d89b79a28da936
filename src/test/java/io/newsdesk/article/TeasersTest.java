package io.newsdesk.article;

import io.newsdesk.article.Teasers;
import io.newsdesk.article.TeaserView;
import io.newsdesk.article.Section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleStatus;
import io.newsdesk.article.BlockType;
import io.newsdesk.article.BodyBlock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TeasersTest {

    private static Article article(String teaser, String standfirst) {
        Article article = new Article();
        article.teaser = teaser;
        article.standfirst = standfirst;
        return article;
    }

    @Test
    void shouldPreferExplicitTeaserThenStandfirst() {
        List<BodyBlock> body = List.of(BodyBlock.paragraph("First paragraph."));
        assertEquals("Teaser", Teasers.text(article("Teaser", "Standfirst"), body));
        assertEquals("Standfirst", Teasers.text(article(null, "Standfirst"), body));
        assertEquals("First paragraph.", Teasers.text(article(null, null), body));
    }

    @Test
    void shouldCutFirstParagraphAtWordBoundaryWithEllipsis() {
        String words = "The <em>harbour</em> authority said ".repeat(12);
        String teaser = Teasers.text(article(null, null), List.of(BodyBlock.paragraph(words)));
        assertTrue(teaser.length() <= TeaserView.MAX_TEASER, teaser.length() + " characters");
        assertTrue(teaser.endsWith("…"));
        assertTrue(teaser.startsWith("The harbour authority said"));
        String beforeEllipsis = teaser.substring(0, teaser.length() - 1);
        assertTrue(words.replaceAll("<[^>]+>", "").startsWith(beforeEllipsis + " "), "cut between words");
    }

    @Test
    void shouldKeepTheLastWholeWordWhenTheTextBreaksRightAfterIt() {
        String text = "a".repeat(150) + " " + "b".repeat(48) + " more words follow";
        assertEquals("a".repeat(150) + " " + "b".repeat(48) + "…", TeaserView.cut(text));
    }

    @Test
    void shouldNotCutOrAddEllipsisToShortParagraphs() {
        String text = "word ".repeat(40).strip();
        assertEquals(text, Teasers.text(article(null, null), List.of(BodyBlock.paragraph(text))));
    }

    @Test
    void shouldUseTheFirstParagraphNotAHeadingOrImage() {
        List<BodyBlock> body = List.of(new BodyBlock(BlockType.HEADING, "Heading", null, null, null, null, null),
                new BodyBlock(BlockType.IMAGE, null, null, "https://img.example/a.jpg", "Caption", null, null),
                BodyBlock.paragraph("The <b>first</b> paragraph."));
        assertEquals("The first paragraph.", Teasers.text(article(null, null), body));
    }

    @Test
    void shouldCarryLeadImageAndLinksToTheFullStory() {
        Article article = article(null, "Standfirst");
        article.id = UUID.randomUUID();
        article.slug = "harbour-bridge";
        article.headline = "Harbour bridge";
        article.language = "en";
        article.status = ArticleStatus.PUBLISHED;
        article.section = new Section();
        article.section.slug = "politics";
        article.section.name = "Politics";
        List<BodyBlock> body = List.of(BodyBlock.paragraph("Text."),
                new BodyBlock(BlockType.IMAGE, null, null, "https://img.example/a.jpg", "Caption", "Credit", "Alt"),
                new BodyBlock(BlockType.IMAGE, null, null, "https://img.example/b.jpg", null, null, null));
        TeaserView teaser = Teasers.from(article, body, Instant.now(), null, "https://news.example.org/");
        assertEquals("https://img.example/a.jpg", teaser.leadImage().url());
        assertEquals("/api/v1/articles/" + article.id, teaser.links().self());
        assertEquals("https://news.example.org/politics/harbour-bridge", teaser.links().html());
        assertNull(Teasers.from(article, List.of(), Instant.now(), null, null).links().html());
        assertNull(Teasers.from(article, List.of(), Instant.now(), null, null).leadImage());
    }

    @Test
    void shouldBeEmptyWithoutAnyText() {
        assertEquals("", Teasers.text(article(null, null), List.of()));
    }
}
