package io.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One block of a story body. Which fields apply depends on {@code type}: {@code text} for
 * paragraphs and headings (limited inline markup: em, strong, b, i, a, br, code, sub, sup, q),
 * {@code quoteId} for quotes, {@code url}, {@code caption}, {@code credit}, {@code alt} for images.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BodyBlock", description = "One block of a story body; the fields that apply depend on type.")
public record BodyBlock(
        @NotNull @Schema(required = true) BlockType type,
        @Size(max = 20_000) @Schema(description = "Paragraph or heading text with limited inline markup.",
                examples = "The committee met on <em>Tuesday</em>.") String text,
        @Schema(description = "The quote a quote block shows.") UUID quoteId,
        @Size(max = 2_000) @Schema(description = "Image address (http or https).") String url,
        @Size(max = 1_000) String caption,
        @Size(max = 300) String credit,
        @Size(max = 500) @Schema(description = "Alternative text of an image.") String alt) {

    public static BodyBlock paragraph(String text) {
        return new BodyBlock(BlockType.PARAGRAPH, text, null, null, null, null, null);
    }
}
