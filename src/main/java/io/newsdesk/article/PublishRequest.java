package io.newsdesk.article;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishRequest", description = "Optional body of a publish request.")
public record PublishRequest(
        @Schema(description = "Publish at this time instead of now; in the future, the story is scheduled.") OffsetDateTime publishAt) {
}
