package io.newsdesk.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a story names its section in responses. */
@Schema(name = "SectionRef")
public record SectionRef(@Schema(required = true, examples = "politics") String slug,
        @Schema(required = true, examples = "Politics") String name) {

    public static SectionRef from(Section section) {
        return new SectionRef(section.slug, section.name);
    }
}
