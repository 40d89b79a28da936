package io.newsdesk.review;

import io.newsdesk.article.ReviewSummary;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a story's approved reviews, with the summary of all of them. */
@Schema(name = "ReviewList", description = "Approved reviews of a story, newest first, with their summary.")
public record ReviewList(
        @Schema(required = true) List<ReviewView> items,
        @Schema(required = true, nullable = true, description = "Opaque cursor of the next page; null on the last page.") String next,
        @Schema(required = true) ReviewSummary summary,
        @Schema(required = true, description = "Whether the story takes no new reviews.") boolean closed) {
}
