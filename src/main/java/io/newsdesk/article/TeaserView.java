package io.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A story as a list shows it: enough to render a teaser card without another request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Teaser", description = "A short projection of a story for lists.")
public record TeaserView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String slug,
        @Schema(required = true) String headline,
        @Schema(required = true, description = "The explicit teaser, else the standfirst, else the first paragraph cut at a word boundary to at most 200 characters, ending with an ellipsis when cut.") String teaser,
        @Schema(required = true) SectionRef section,
        @Schema(required = true) String language,
        @Schema(required = true) List<String> tags,
        @Schema(required = true) List<String> authors,
        @Schema(description = "Null for stories that were never published.") Instant publishedAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, enumeration = { "draft", "scheduled", "published", "unpublished" }) String status,
        @Schema(description = "The first image of the body, if any.") Image leadImage,
        @Schema(description = "The story's approved reader reviews.") ReviewSummary reviewSummary,
        @Schema(required = true, description = "Links to the full story.") ArticleView.Links links) {

    public static final int MAX_TEASER = 200;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TeaserImage")
    public record Image(@Schema(required = true) String url, String caption, String credit, String alt) {
    }

    /** Cuts plain text at a word boundary to at most {@link #MAX_TEASER} characters, ending with an ellipsis. */
    public static String cut(String text) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= MAX_TEASER) {
            return clean;
        }
        // Room for the ellipsis; when the text breaks right after the room, the last word is whole.
        String head = clean.substring(0, MAX_TEASER - 1);
        int space = clean.charAt(MAX_TEASER - 1) == ' ' ? head.length() : head.lastIndexOf(' ');
        if (space > MAX_TEASER / 2) {
            head = head.substring(0, space);
        }
        return head.replaceAll("[\\s,;:.\\-]+$", "") + "…";
    }
}
