package io.newsdesk.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An approved review as readers see it: no e-mail address, nothing about its moderation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Review", description = "An approved reader review. Text is plain text: escape it when rendering.")
public record ReviewView(
        @Schema(required = true) UUID id,
        @Schema(required = true, minimum = "1", maximum = "5") int rating,
        String title,
        @Schema(required = true) String body,
        @Schema(required = true) String authorName,
        @Schema(required = true, examples = "en") String language,
        @Schema(required = true, description = "When the reader submitted it.") Instant createdAt) {

    static ReviewView from(Review review) {
        return new ReviewView(review.id, review.rating, review.title, review.body, review.authorName, review.language,
                review.createdAt);
    }
}
