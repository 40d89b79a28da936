package io.newsdesk.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A moderator's decision on one review. */
@Schema(name = "ModerationInput", description = "The new status of a review, with an optional note for the record.")
public record ModerationInput(
        @NotNull @Schema(required = true) ReviewStatus status,
        @Size(max = 2_000) @Schema(maxLength = 2_000, description = "Why; kept in the review's history, never shown to readers.") String note) {
}
