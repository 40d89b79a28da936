package io.newsdesk.review;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a submission. Says nothing of spam checks, so spammers learn nothing from it. */
@Schema(name = "ReviewReceipt", description = "A submission was received and waits for a moderator.")
public record ReviewReceipt(
        @Schema(required = true) UUID id,
        @Schema(required = true, enumeration = { "pending" }) String status) {

    static ReviewReceipt pending(Review review) {
        return new ReviewReceipt(review.id, ReviewStatus.PENDING.wireName());
    }
}
