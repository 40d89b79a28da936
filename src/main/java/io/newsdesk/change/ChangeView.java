package io.newsdesk.change;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One entry of the change feed.")
public record ChangeView(
        @Schema(required = true, description = "For partners, as they see it: a story that appears to them was "
                + "published, one that disappears was unpublished or deleted.") ChangeType type,
        @Schema(required = true, description = "What changed: `article`, or a part of one such as `quote`.",
                examples = "article") String entity,
        @Schema(required = true, description = "Id of what changed; the story's id for articles.") UUID id,
        @Schema(required = true) UUID articleId,
        @Schema(description = "The story's slug after the change.") String slug,
        @Schema(description = "The story's section slug after the change.") String section,
        @Schema(description = "The story's revision after the change.") Integer revision,
        @Schema(required = true, description = "When the change was saved.") Instant at) {

    /**
     * @param editorial whether the reader sees every change (editors) or only those of public stories
     * @param sections the sections the reader is limited to; null for all
     */
    public static ChangeView of(ChangeEntry entry, boolean editorial, Set<String> sections) {
        ChangeType type = editorial ? entry.type
                : entry.type.asSeen(entry.seenBefore(sections), entry.seenAfter(sections));
        return new ChangeView(type, entry.entity, entry.entityId, entry.articleId, entry.slug, entry.section,
                entry.revision, entry.at);
    }

    /** The Standard Webhooks event type, such as {@code article.published}. */
    public String eventType() {
        return entity + "." + type.wireName();
    }
}
