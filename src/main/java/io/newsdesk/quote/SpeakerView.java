package io.newsdesk.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A speaker with how often the caller may see them quoted; one speaker's page adds their latest quotes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Speaker", description = "A person or group quoted in stories.")
public record SpeakerView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "petra-lindqvist") String slug,
        @Schema(required = true, examples = "Petra Lindqvist") String name,
        @Schema(description = "Role or title.", examples = "spokesperson") String role,
        @Schema(examples = "Coastal Affairs Ministry") String organisation,
        String description,
        @Schema(required = true, description = "Quotes of this speaker the caller may see.") long quoteCount,
        @Schema(description = "Newest first, at most ten; only on GET /speakers/{slug}.") List<QuoteView> latestQuotes,
        @Schema(required = true) Links links) {

    @Schema(name = "SpeakerLinks")
    public record Links(@Schema(required = true) String self, @Schema(required = true) String quotes) {
    }

    static SpeakerView from(Speaker speaker, long quoteCount, List<QuoteView> latestQuotes) {
        return new SpeakerView(speaker.id, speaker.slug, speaker.name, speaker.role, speaker.organisation,
                speaker.description, quoteCount, latestQuotes,
                new Links("/api/v1/speakers/" + speaker.slug, "/api/v1/quotes?speaker=" + speaker.slug));
    }
}
