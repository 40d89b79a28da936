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
        @Schema(description = "The saved quote at this place: saved by this request with save=true, or earlier.") UUID quoteId,
        @Schema(required = true, minimum = "0", maximum = "1", description = "How far the attribution can be trusted: "
                + "0 without a speaker, 0.95 for a full name next to the quote. save=true saves candidates at or above "
                + "newsdesk.quotes.save-threshold.") double confidence,
        @Schema(description = "The words the attribution rests on; absent without a speaker.") Evidence evidence) {

    @Schema(name = "QuoteCandidateEvidence")
    public record Evidence(
            @Schema(required = true, examples = "the ministry's spokesperson Jane Roe") String phrase,
            @Schema(required = true) int blockIndex,
            @Schema(required = true) int start,
            @Schema(required = true) int end,
            @Schema(required = true, enumeration = {"attribution", "previous-speaker", "introduction"},
                    description = "attribution: words attributing this quote; previous-speaker: the quote takes the "
                            + "speaker of the quote before it; introduction: the sentence before the quotation "
                            + "introduced the speaker.") String basis) {

        static Evidence from(ExtractedQuote.Evidence evidence) {
            return evidence == null ? null : new Evidence(evidence.phrase(), evidence.blockIndex(), evidence.start(),
                    evidence.end(), evidence.basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "QuoteCandidateSpeaker")
    public record CandidateSpeaker(
            @Schema(required = true, examples = "Petra Lindqvist") String name,
            @Schema(examples = "spokesperson") String role,
            @Schema(examples = "Coastal Affairs Ministry") String organisation,
            @Schema(description = "The known speaker this one matches, if any.") String slug) {
    }
}
