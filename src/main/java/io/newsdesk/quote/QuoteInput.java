package io.newsdesk.quote;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quote as an editor writes it. Where it sits is found in the body; server-owned fields are refused. */
@Schema(name = "QuoteInput", description = "A quote as an editor writes it.")
public record QuoteInput(
        @NotBlank @Size(max = 5_000)
        @Schema(required = true, description = "The words exactly as the body prints them (plain text, without the quotation marks).",
                examples = "Quotas are not a bargaining chip") String text,
        @NotNull @Valid @Schema(required = true) SpeakerInput speaker,
        @Min(0) @Schema(description = "The body block the words are in; the first block holding them when absent.") Integer blockIndex,
        @Schema(description = "A fragment in quotation marks (a scare quote) rather than a statement; default false.") Boolean partial,
        @Size(max = 2_000) @Schema(description = "The sentence around the quote; taken from the body when absent.") String context,
        @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", message = "must be a BCP 47 language tag such as en or pt-BR")
        @Schema(description = "BCP 47 language of the words; the story's language when absent.") String language) {

    /** Who said it. A speaker is one across stories: the same name and organisation find the same speaker. */
    @Schema(name = "QuoteSpeakerInput")
    public record SpeakerInput(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Petra Lindqvist") String name,
            @Size(max = 300) @Schema(description = "Role or title; replaces the speaker's current one when the story is public (on a "
                    + "draft, scheduled or embargoed story it applies only to a new speaker).", examples = "spokesperson") String role,
            @Size(max = 300) @Schema(examples = "Coastal Affairs Ministry") String organisation,
            @Size(max = 2_000) @Schema(description = "Who they are, for a speaker page; replaces the current one, on the same terms as role.") String description) {
    }
}
