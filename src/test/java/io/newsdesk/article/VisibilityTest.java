package io.newsdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule itself, status by audience, and the query conditions that carry it to the database. */
class VisibilityTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Audience PARTNER = new Audience(false, true, null);
    private static final Audience PARTNER_ELSEWHERE = new Audience(false, true, Set.of("science"));
    private static final Audience EDITOR = new Audience(true, true, null);
    private static final Audience EDITOR_ELSEWHERE = new Audience(true, true, Set.of("science"));

    /** Expected sight per status, for: the public, a partner, a partner of another section, an editor, an editor of another section. */
    private static final Map<String, List<Visibility.Sight>> TABLE = Map.of(
            "draft", sights("HIDDEN HIDDEN HIDDEN VISIBLE HIDDEN"),
            "scheduled", sights("HIDDEN HIDDEN HIDDEN VISIBLE HIDDEN"),
            "scheduled, time come", sights("VISIBLE VISIBLE HIDDEN VISIBLE HIDDEN"),
            "published", sights("VISIBLE VISIBLE HIDDEN VISIBLE HIDDEN"),
            "embargoed", sights("HIDDEN HIDDEN HIDDEN VISIBLE HIDDEN"),
            "embargo over", sights("VISIBLE VISIBLE HIDDEN VISIBLE HIDDEN"),
            "unpublished", sights("HIDDEN WITHDRAWN HIDDEN VISIBLE HIDDEN"),
            "unpublished draft", sights("HIDDEN HIDDEN HIDDEN VISIBLE HIDDEN"),
            "deleted", sights("HIDDEN WITHDRAWN HIDDEN WITHDRAWN HIDDEN"));

    @Test
    void shouldDecideEveryStatusForEveryAudience() {
        List<String> differences = new ArrayList<>();
        List<Audience> audiences = List.of(Audience.PUBLIC, PARTNER, PARTNER_ELSEWHERE, EDITOR, EDITOR_ELSEWHERE);
        TABLE.forEach((status, expected) -> {
            for (int i = 0; i < audiences.size(); i++) {
                Visibility.Sight actual = Visibility.sight(audiences.get(i), story(status), NOW);
                if (actual != expected.get(i)) {
                    differences.add(status + " for audience " + i + ": expected " + expected.get(i) + ", got " + actual);
                }
                boolean sees = Visibility.sees(audiences.get(i), story(status), NOW);
                if (sees != (expected.get(i) == Visibility.Sight.VISIBLE)) {
                    differences.add(status + " for audience " + i + ": sees() disagrees with sight()");
                }
            }
        });
        assertEquals(List.of(), differences);
    }

    @Test
    void shouldTakeTheLaterOfPublicationAndEmbargo() {
        Instant published = NOW.minus(1, ChronoUnit.HOURS);
        assertEquals(published, Visibility.publicFrom(published, null));
        assertEquals(published, Visibility.publicFrom(published, published.minusSeconds(60)));
        assertEquals(NOW, Visibility.publicFrom(published, NOW));
        assertEquals(null, Visibility.publicFrom(null, NOW));
    }

    @Test
    void shouldGiveTheSameRuleAsQueryConditions() {
        Visibility.Condition reader = Visibility.jpql(Audience.PUBLIC, "a", NOW);
        assertEquals("a.deletedAt is null and a.status in ('PUBLISHED', 'SCHEDULED') and a.sortAt <= :visibleAt",
                reader.text());
        assertEquals(Map.of("visibleAt", NOW), reader.parameters());
        Visibility.Condition editor = Visibility.jpql(EDITOR, "a", NOW);
        assertEquals("a.deletedAt is null", editor.text());
        Visibility.Condition limited = Visibility.sql(PARTNER_ELSEWHERE, "s0", NOW);
        assertEquals("s0.deleted_at is null and s0.status in ('PUBLISHED', 'SCHEDULED') and s0.sort_at <= :visibleAt"
                + " and s0.section_id in (select vs.id from section vs where vs.slug in (:visibleSections))",
                limited.text());
        assertEquals(Set.of("science"), limited.parameters().get("visibleSections"));
        assertEquals("a.deletedAt is null and 1 = 0", Visibility.jpql(new Audience(true, true, Set.of()), "a", NOW).text(),
                "a key limited to no section sees nothing");
    }

    private static List<Visibility.Sight> sights(String names) {
        return java.util.Arrays.stream(names.split(" ")).map(Visibility.Sight::valueOf).toList();
    }

    private static Article story(String status) {
        Article story = new Article();
        story.section = new Section();
        story.section.slug = "politics";
        Instant earlier = NOW.minus(2, ChronoUnit.HOURS);
        Instant later = NOW.plus(2, ChronoUnit.HOURS);
        story.createdAt = earlier.minus(1, ChronoUnit.HOURS);
        story.updatedAt = earlier;
        story.sortAt = earlier;
        switch (status) {
            case "draft" -> story.status = ArticleStatus.DRAFT;
            case "scheduled" -> live(story, ArticleStatus.SCHEDULED, later, null);
            case "scheduled, time come" -> live(story, ArticleStatus.SCHEDULED, earlier, null);
            case "published" -> live(story, ArticleStatus.PUBLISHED, earlier, null);
            case "embargoed" -> live(story, ArticleStatus.PUBLISHED, earlier, later);
            case "embargo over" -> live(story, ArticleStatus.PUBLISHED, earlier.minusSeconds(60), earlier);
            case "unpublished" -> {
                live(story, ArticleStatus.UNPUBLISHED, earlier, null);
                story.updatedAt = NOW;
            }
            case "unpublished draft" -> {
                story.status = ArticleStatus.UNPUBLISHED;
                story.updatedAt = NOW;
            }
            case "deleted" -> {
                live(story, ArticleStatus.PUBLISHED, earlier, null);
                story.deletedAt = NOW;
                story.updatedAt = NOW;
            }
            default -> throw new IllegalArgumentException(status);
        }
        return story;
    }

    private static void live(Article story, ArticleStatus status, Instant publishedAt, Instant embargoUntil) {
        story.status = status;
        story.publishedAt = publishedAt;
        story.publishAt = publishedAt;
        story.embargoUntil = embargoUntil;
        story.sortAt = Visibility.publicFrom(publishedAt, embargoUntil);
    }
}
