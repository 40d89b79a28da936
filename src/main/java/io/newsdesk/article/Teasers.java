package io.newsdesk.article;

import java.time.Instant;
import java.util.List;

/** Builds teasers; the teaser-text rule lives here and only here. */
public final class Teasers {
    private Teasers() {
    }

    /** @param siteUrl the public site, for the {@code links.html} address; null when none is configured */
    public static TeaserView from(Article article, List<BodyBlock> body, Instant now, ReviewSummary reviewSummary,
            String siteUrl) {
        TeaserView.Image lead = body.stream().filter(b -> b.type() == BlockType.IMAGE).findFirst()
                .map(b -> new TeaserView.Image(b.url(), b.caption(), b.credit(), b.alt())).orElse(null);
        return new TeaserView(article.id, article.slug, article.headline, text(article, body),
                SectionRef.from(article.section), article.language, List.copyOf(article.tags),
                List.copyOf(article.authors), article.publishedAt, article.updatedAt,
                article.statusAt(now).wireName(), lead, reviewSummary, ArticleView.Links.of(article, siteUrl));
    }

    /** The explicit teaser, else the standfirst, else the first paragraph cut at a word boundary. */
    static String text(Article article, List<BodyBlock> body) {
        if (article.teaser != null) {
            return article.teaser;
        }
        if (article.standfirst != null) {
            return article.standfirst;
        }
        return body.stream().filter(b -> b.type() == BlockType.PARAGRAPH).findFirst()
                .map(b -> TeaserView.cut(Markup.text(b.text()))).orElse("");
    }
}
