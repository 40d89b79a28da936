package io.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A story as readers and editors receive it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Article", description = "A story. editorialNote appears only for tokens that may edit.")
public record ArticleView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "parliament-passes-emergency-budget") String slug,
        @Schema(required = true, examples = "en") String language,
        @Schema(required = true) String headline,
        String standfirst,
        String teaser,
        @Schema(required = true) List<BodyBlock> body,
        @Schema(description = "The body as sanitised HTML; with ?format=html only.") String bodyHtml,
        @Schema(description = "The body as plain text; with ?format=text only.") String bodyText,
        @Schema(required = true) SectionRef section,
        @Schema(required = true) List<String> tags,
        @Schema(required = true) List<String> authors,
        String dateline,
        @Schema(required = true) ArticleStatus status,
        Instant publishAt,
        Instant publishedAt,
        Instant embargoUntil,
        Integer urgency,
        String editorialNote,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int revision,
        @Schema(description = "The story's approved reader reviews; absent only from revisions saved before reviews existed.")
        ReviewSummary reviewSummary,
        @Schema(required = true) Links links) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ArticleLinks", description = "Where the full story is: `self` in this API, `html` on the public site when one is configured.")
    public record Links(@Schema(required = true, examples = "/api/v1/articles/2f6f0c1e-8d1b-4f5e-9a51-0c3b7f1d2a10") String self,
            @Schema(examples = "https://news.example.org/politics/parliament-passes-emergency-budget") String html) {

        public static Links of(Article article, String siteUrl) {
            String html = siteUrl == null ? null
                    : siteUrl.replaceAll("/+$", "") + "/" + article.section.slug + "/" + article.slug;
            return new Links("/api/v1/articles/" + article.id, html);
        }
    }

    /** Which rendering of the body a reader asked for. */
    public enum Format {
        JSON, HTML, TEXT
    }

    public static ArticleView from(Article article, List<BodyBlock> body, Instant now, boolean editorial,
            Format format, String siteUrl, Function<UUID, Markup.PullQuote> quotes, ReviewSummary reviewSummary) {
        return new ArticleView(article.id, article.slug, article.language, article.headline, article.standfirst,
                article.teaser, body,
                format == Format.HTML ? Markup.html(body, quotes) : null,
                format == Format.TEXT ? Markup.plain(body) : null,
                SectionRef.from(article.section), List.copyOf(article.tags), List.copyOf(article.authors),
                article.dateline, article.statusAt(now), article.publishAt, article.publishedAt, article.embargoUntil,
                article.urgency, editorial ? article.editorialNote : null, article.createdAt, article.updatedAt,
                article.revision, reviewSummary, Links.of(article, siteUrl));
    }
}
