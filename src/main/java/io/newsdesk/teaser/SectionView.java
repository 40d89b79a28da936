package io.newsdesk.teaser;

import io.newsdesk.article.Section;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section as readers see it: what it is, and how much is in it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Section", description = "A desk of the agency, with its published stories counted.")
public record SectionView(
        @Schema(required = true, examples = "politics") String slug,
        @Schema(required = true, examples = "Politics") String name,
        @Schema(examples = "Governments, parliaments, elections and the people in them.") String description,
        @Schema(required = true, description = "Stories readers can see in the section now.") long storyCount,
        @Schema(description = "The newest publication time among those stories; absent when there are none.")
        Instant latestPublishedAt) {

    public static SectionView from(Section section, long storyCount, Instant latestPublishedAt) {
        return new SectionView(section.slug, section.name, section.description, storyCount, latestPublishedAt);
    }
}
