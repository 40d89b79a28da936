package io.newsdesk.feed;

import io.newsdesk.feed.Stories;
import io.newsdesk.feed.Masthead;
import io.newsdesk.feed.Feed;
import io.newsdesk.article.ArticleStatus;
import io.newsdesk.article.ArticleView;
import io.newsdesk.article.BlockType;
import io.newsdesk.article.BodyBlock;
import io.newsdesk.article.SectionRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stories and mastheads for the writer tests, built without a database. */
final class Fixtures {
    static final String HOSTILE = "Tom & Jerry <script>alert(\"x\")</script> 'quoted' \u0007— Белоярск 東京 مرحبا 🌊";
    static final Instant CREATED = Instant.parse("2026-03-02T08:15:30.123456Z");
    static final Instant PUBLISHED = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant UPDATED = Instant.parse("2026-03-02T10:30:00.5Z");

    private Fixtures() {
    }

    static Masthead masthead() {
        return new Masthead("Newsdesk Agency", "https://news.example.org", "https://news.example.org/logo.png",
                "Newsdesk Agency", "© 2026 Newsdesk Agency", "Subscribers only.", "https://api.example.org",
                "https://news.example.org");
    }

    static ArticleView story(String headline, String standfirst, List<String> tags) {
        UUID id = UUID.nameUUIDFromBytes(headline.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<BodyBlock> body = List.of(
                BodyBlock.paragraph("The council met on <em>Tuesday</em> &amp; agreed."),
                new BodyBlock(BlockType.HEADING, "What comes next", null, null, null, null, null),
                new BodyBlock(BlockType.IMAGE, null, null, "https://img.example.org/harbour.jpg", "The harbour",
                        "Photo: Desk", "A harbour at dawn"),
                BodyBlock.paragraph("Second paragraph, with 12 words in it."));
        return new ArticleView(id, "harbour-bridge-reopens", "en", headline, standfirst, null, body, null, null,
                new SectionRef("politics", "Politics"), tags, List.of("Marta Lindqvist", "Staff reporter"),
                "Portmere", ArticleStatus.PUBLISHED, PUBLISHED, PUBLISHED, null, 3, "Check the figures", CREATED,
                UPDATED, 4, null, new ArticleView.Links("/api/v1/articles/" + id,
                        "https://news.example.org/politics/harbour-bridge-reopens"));
    }

    static ArticleView story() {
        return story("Harbour bridge reopens after six-month repair", "Commuters regain the direct route.",
                List.of("transport", "harbour"));
    }

    static Feed feed(List<ArticleView> stories, String next) {
        Masthead masthead = masthead();
        return new Feed("urn:uuid:6a1c3f57-0f7e-3c53-a3f0-8d2b0c3e4d11", "Newsdesk Agency: Politics",
                "Governments & parliaments <and> the people in them.", "https://news.example.org/politics",
                "https://api.example.org/api/v1/feeds/politics.json",
                "https://api.example.org/api/v1/feeds/politics.json", next, null, UPDATED, stories, masthead);
    }
}
