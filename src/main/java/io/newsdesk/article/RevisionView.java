package io.newsdesk.article;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Revision", description = "One saved state of an article.")
public record RevisionView(
        @Schema(required = true) int revision,
        @Schema(required = true) ArticleStatus status,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "Name of the key that made the change.") String createdBy,
        @Schema(required = true, description = "The article as it was at this revision.") ArticleView article) {
}
