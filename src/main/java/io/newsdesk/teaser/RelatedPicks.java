package io.newsdesk.teaser;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stories an editor picked as related to a story, in order. */
@Schema(name = "RelatedPicks", description = "Related stories picked by an editor, shown first and in this order.")
public record RelatedPicks(
        @NotNull @Size(max = RelatedPicks.MAX) @Schema(required = true, maxItems = RelatedPicks.MAX,
                description = "Story ids; an empty list removes every pick.")
        List<@NotNull UUID> ids) {
    public static final int MAX = 20;
}
