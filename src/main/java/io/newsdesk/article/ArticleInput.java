package io.newsdesk.article;

import io.newsdesk.common.StorableTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor writes. Server-owned fields (id, revision, timestamps) are refused as unknown. */
@Schema(name = "ArticleInput", description = "A story as an editor writes it.")
public record ArticleInput(
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Parliament passes emergency budget") String headline,
        @Size(max = 1_000) String standfirst,
        @Size(max = 200) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lowercase letters, digits and single hyphens")
        @Schema(description = "Unique per language; generated from the headline when absent and kept on edits.") String slug,
        @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", message = "must be a BCP 47 language tag such as en or pt-BR")
        @Schema(description = "BCP 47 language tag; defaults to en.", examples = "en") String language,
        @NotBlank @Size(max = 80) @Schema(required = true, description = "Section slug.", examples = "politics") String section,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> tags,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> authors,
        @Size(max = 200) String dateline,
        @Size(max = 500) @Schema(description = "Explicit teaser text for lists.") String teaser,
        @NotNull @Size(max = 500) @Schema(required = true) List<@NotNull @Valid BodyBlock> body,
        @Pattern(regexp = "draft|published", message = "must be draft or published")
        @Schema(enumeration = { "draft", "published" }, description = "published with a future publishAt schedules the story.") String status,
        @StorableTime @Schema(description = "When to publish; in the future, the story is scheduled.") OffsetDateTime publishAt,
        @StorableTime @Schema(description = "Readers see the story only after this time.") OffsetDateTime embargoUntil,
        @Min(1) @Max(9) @Schema(description = "IPTC urgency, 1 (most urgent) to 9.") Integer urgency,
        @Size(max = 10_000) @Schema(description = "Internal note; never shown to readers.") String editorialNote) {
}
