package io.newsdesk.teaser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.article.Article;
import io.newsdesk.article.BodyBlock;
import java.util.List;
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
    void shouldBeEmptyWithoutAnyText() {
        assertEquals("", Teasers.text(article(null, null), List.of()));
    }
}
