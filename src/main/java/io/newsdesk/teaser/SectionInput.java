package io.newsdesk.teaser;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section as editors write it. */
@Schema(name = "SectionInput", description = "A section. The slug is fixed once created: links and partner keys name it.")
public record SectionInput(
        @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case letters and digits, joined by single hyphens")
        @Schema(description = "Required on creation; on replacement it may only repeat the current slug.", examples = "climate")
        String slug,
        @NotBlank @Size(max = 120) @Schema(required = true, examples = "Climate") String name,
        @Size(max = 500) @Schema(examples = "Weather, emissions and the energy transition.") String description) {
}
