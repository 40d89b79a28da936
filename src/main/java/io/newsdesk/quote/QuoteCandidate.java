package io.newsdesk.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quote extraction found in a story body, and the saved quote at the same place if there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "QuoteCandidate", description = "A quote found in a story body by extraction.")
public record QuoteCandidate(
        @Schema(required = true) String text,
        @Schema(description = "Absent when the text attributes the words to nobody.") CandidateSpeaker speaker,
        @Schema(required = true) int blockIndex,
        @Schema(required = true) int start,
        @Schema(required = true) int end,
        @Schema(required = true) boolean partial,
        String context,
        @Schema(description = "The saved quote at this place: saved by this request with save=true, or earlier.") UUID quoteId) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "QuoteCandidateSpeaker")
    public record CandidateSpeaker(
            @Schema(required = true, examples = "Petra Lindqvist") String name,
            @Schema(examples = "spokesperson") String role,
            @Schema(examples = "Coastal Affairs Ministry") String organisation,
            @Schema(description = "The known speaker this one matches, if any.") String slug) {
    }
}
