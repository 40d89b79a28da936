package io.newsdesk.review;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a story takes reviews. */
@Schema(name = "ReviewSettings", description = "A story's review settings.")
public record SettingsView(
        @Schema(required = true) UUID articleId,
        @Schema(required = true, description = "Closed stories refuse new reviews with 409; approved ones stay visible.") boolean closed,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) String updatedBy) {

    static SettingsView from(ReviewSettings settings) {
        return new SettingsView(settings.articleId, settings.closed, settings.updatedAt, settings.updatedBy);
    }

    @Schema(name = "ReviewSettingsInput", description = "A story's review settings as an editor writes them.")
    public record Input(@NotNull @Schema(required = true) Boolean closed) {
    }
}
