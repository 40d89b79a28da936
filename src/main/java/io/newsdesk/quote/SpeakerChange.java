package io.newsdesk.quote;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor sends to correct extraction's choice of speakers. */
public final class SpeakerChange {
    private SpeakerChange() {
    }

    @Schema(name = "SpeakerMerge", description = "Merge this speaker into another: the other one keeps all quotes.")
    public record Merge(
            @NotBlank @Size(max = 200) @Schema(required = true, description = "Slug of the speaker that remains.",
                    examples = "jane-roe") String into) {
    }

    @Schema(name = "SpeakerSplit", description = "Move some of this speaker's quotes to another speaker, found by "
            + "name and organisation or created.")
    public record Split(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Jane Roe") String name,
            @Size(max = 300) @Schema(examples = "spokesperson") String role,
            @Size(max = 300) @Schema(examples = "Coastal Affairs Ministry") String organisation,
            @NotEmpty @Size(max = 1_000) @Schema(required = true, description = "Ids of this speaker's quotes to move.")
            List<@NotNull UUID> quotes) {
    }
}
