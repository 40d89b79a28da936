package io.newsdesk.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsdesk.article.Article;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quote as readers receive it: enough to render it (a pull quote, a speaker page) without another request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Quote", description = "A quoted statement from a story, with its speaker and story.")
public record QuoteView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The words exactly as the story prints them, without quotation marks.",
                examples = "Quotas are not a bargaining chip") String text,
        @Schema(required = true) SpeakerRef speaker,
        @Schema(required = true) ArticleRef article,
        @Schema(required = true, description = "Index of the body block the words sit in.") int blockIndex,
        @Schema(required = true, description = "Offset of the first character in the block's plain text.") int start,
        @Schema(required = true, description = "Offset just past the last character in the block's plain text.") int end,
        @Schema(required = true, description = "A fragment in quotation marks (a scare quote) rather than a statement.") boolean partial,
        @Schema(description = "The sentence around the quote.") String context,
        @Schema(required = true, description = "BCP 47 language of the words.", examples = "en") String language,
        @Schema(required = true, description = "Editors only see true: an edit removed the words from the body.") boolean orphaned,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Bumped by every change; the ETag carries it for If-Match.") int revision,
        @Schema(required = true) Links links) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "QuoteSpeaker", description = "Who said it.")
    public record SpeakerRef(
            @Schema(required = true, examples = "Petra Lindqvist") String name,
            @Schema(required = true, examples = "petra-lindqvist") String slug,
            @Schema(examples = "spokesperson") String role,
            @Schema(examples = "Coastal Affairs Ministry") String organisation) {

        static SpeakerRef from(Speaker speaker) {
            return new SpeakerRef(speaker.name, speaker.slug, speaker.role, speaker.organisation);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "QuoteArticle", description = "The story the quote is from.")
    public record ArticleRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String slug,
            @Schema(required = true) String headline,
            @Schema(description = "Null for stories that were never published.") Instant publishedAt,
            @Schema(required = true) String language) {
    }

    @Schema(name = "QuoteLinks")
    public record Links(@Schema(required = true) String self, @Schema(required = true) String article,
            @Schema(required = true) String speaker) {
    }

    public static QuoteView from(Quote quote) {
        Article article = quote.article;
        return new QuoteView(quote.id, quote.text, SpeakerRef.from(quote.speaker),
                new ArticleRef(article.id, article.slug, article.headline, article.publishedAt, article.language),
                quote.blockIndex, quote.start, quote.end, quote.partial, quote.context, quote.language, quote.orphaned,
                quote.createdAt, quote.updatedAt, quote.revision,
                new Links("/api/v1/quotes/" + quote.id, "/api/v1/articles/" + article.id,
                        "/api/v1/speakers/" + quote.speaker.slug));
    }
}
