package io.newsdesk.teaser;

import io.newsdesk.article.Section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.article.Article;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RelatedWeighingTest {
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final Section POLITICS = section();
    private static final Section SCIENCE = section();

    private static Section section() {
        Section section = new Section();
        section.id = UUID.randomUUID();
        return section;
    }

    private static Article story(Section section, String headline, Instant at, String... tags) {
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.section = section;
        article.headline = headline;
        article.tags = List.of(tags);
        article.sortAt = at;
        return article;
    }

    private static RelatedService.Candidate weigh(Article source, Article candidate, int speakers) {
        Set<String> stems = TextSimilarity.stems(TextSimilarity.keywords(source.headline, source.standfirst, source.teaser));
        return RelatedService.weigh(source, candidate, stems, speakers, NOW);
    }

    @Test
    void shouldGiveTheReasonThatWeighsMost() {
        Article source = story(POLITICS, "Harbour bridge reopens after repair", NOW, "transport", "harbour");
        assertEquals(RelatedReason.SAME_TAGS, weigh(source, story(POLITICS, "Other", NOW, "transport"), 0).reason());
        assertEquals(RelatedReason.SAME_SPEAKER, weigh(source, story(SCIENCE, "Other", NOW, "transport"), 2).reason());
        assertEquals(RelatedReason.SAME_TAGS, weigh(source, story(SCIENCE, "Other", NOW, "transport"), 1).reason(),
                "a tie goes to tags");
        assertEquals(RelatedReason.SIMILAR_TEXT,
                weigh(source, story(SCIENCE, "Harbour bridge repair overruns", NOW), 0).reason());
        assertEquals(RelatedReason.SAME_SECTION, weigh(source, story(POLITICS, "Unrelated words", NOW), 0).reason());
        assertNull(weigh(source, story(SCIENCE, "Unrelated words", NOW), 0).reason(), "recency alone relates nothing");
    }

    @Test
    void shouldPreferMoreSignalsThenRecency() {
        Article source = story(POLITICS, "Budget vote", NOW, "budget", "parliament");
        double twoTags = weigh(source, story(SCIENCE, "x", NOW.minus(30, ChronoUnit.DAYS), "budget", "parliament"), 0).score();
        double oneTagNew = weigh(source, story(SCIENCE, "x", NOW, "budget"), 0).score();
        double oneTagOld = weigh(source, story(SCIENCE, "x", NOW.minus(3, ChronoUnit.DAYS), "budget"), 0).score();
        double sectionNew = weigh(source, story(POLITICS, "x", NOW), 0).score();
        assertTrue(twoTags > oneTagNew && oneTagNew > oneTagOld && oneTagOld > sectionNew);
    }

    @Test
    void shouldCountTextSimilarOnlyBeyondCoincidence() {
        Set<String> source = TextSimilarity.stems(TextSimilarity.keywords("Snap election called over stalled city budget"));
        Set<String> alike = TextSimilarity.stems(TextSimilarity.keywords("City budget stalls again as elections near"));
        Set<String> oneWord = TextSimilarity.stems(TextSimilarity.keywords("Budget airline expands routes"));
        assertTrue(TextSimilarity.similarity(source, alike) > 0);
        assertEquals(0, TextSimilarity.similarity(source, oneWord));
        assertEquals(Set.of("harbou", "bridge"), TextSimilarity.stems(TextSimilarity.keywords("The harbour and the bridge")));
    }
}
