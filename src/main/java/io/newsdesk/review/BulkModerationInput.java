package io.newsdesk.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The same decision on many reviews at once. */
@Schema(name = "BulkModerationInput", description = "One status for up to 100 reviews: all change, or none does.")
public record BulkModerationInput(
        @NotNull @Size(min = 1, max = 100) @Schema(required = true, minItems = 1, maxItems = 100) List<@NotNull UUID> ids,
        @NotNull @Schema(required = true) ReviewStatus status,
        @Size(max = 2_000) @Schema(maxLength = 2_000, description = "Kept in the history of every review changed.") String note) {

    @Schema(name = "BulkModerationResult", description = "The reviews as they are after the change, in the order asked.")
    public record Result(@Schema(required = true) List<ModerationView> items) {
    }
}
