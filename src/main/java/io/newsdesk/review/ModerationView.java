package io.newsdesk.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A review as moderators see it: everything, with its history when asked for one review. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ModeratedReview", description = "A review with its moderation state; for moderators only.")
public record ModerationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID articleId,
        @Schema(required = true, minimum = "1", maximum = "5") int rating,
        String title,
        @Schema(required = true) String body,
        @Schema(required = true) String authorName,
        String email,
        @Schema(required = true) String language,
        @Schema(required = true) ReviewStatus status,
        @Schema(description = "Why the spam heuristics caught it.") String spamReason,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        Instant moderatedAt,
        String moderatedBy,
        String moderationNote,
        @Schema(required = true, description = "Changes with every moderation; the ETag is \"r<version>-…\".") int version,
        @Schema(description = "Every status change, first to last; on single reviews only.") List<Change> history) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReviewStatusChange", description = "One status change of a review.")
    public record Change(
            @Schema(description = "Null for the status given on arrival.") ReviewStatus from,
            @Schema(required = true) ReviewStatus to,
            String note,
            @Schema(required = true, description = "The key that made the change; reader or spam-filter on arrival.") String by,
            @Schema(required = true) Instant at) {

        static Change from(ReviewModeration change) {
            return new Change(change.fromStatus, change.toStatus, change.note, change.moderatedBy, change.moderatedAt);
        }
    }

    static ModerationView from(Review review, List<ReviewModeration> history) {
        return new ModerationView(review.id, review.articleId, review.rating, review.title, review.body,
                review.authorName, review.email, review.language, review.status, review.spamReason, review.createdAt,
                review.updatedAt, review.moderatedAt, review.moderatedBy, review.moderationNote, review.version,
                history == null ? null : history.stream().map(Change::from).toList());
    }
}
