package io.newsdesk.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A speaker as a bulk export carries it and an import takes it back: who they are, the slug their page has,
 * and the speakers merged into them, so that another database ends up with the same speaker pages and the
 * same redirects.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StoryLineSpeaker", description = "Who said it, with what an import needs to reproduce the speaker.")
public record SpeakerRecord(
        @Schema(required = true, examples = "Petra Lindqvist") String name,
        @Schema(description = "Role or title.", examples = "spokesperson") String role,
        @Schema(examples = "Coastal Affairs Ministry") String organisation,
        @Schema(description = "Who they are, for a speaker page.") String description,
        @Schema(description = "The speaker page's slug; kept by an import that creates the speaker, when free.",
                examples = "petra-lindqvist") String slug,
        @Schema(description = "Speakers merged into this one, whose slugs redirect here.") List<Alias> aliases) {

    /** A speaker merged away: the old slug, and the name and organisation (folded) that still find the survivor. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StoryLineSpeakerAlias")
    public record Alias(
            @Schema(required = true, examples = "p-lindqvist") String slug,
            @Schema(required = true, description = "Folded: lower case, no accents or punctuation.", examples = "p lindqvist") String name,
            @Schema(description = "Folded, like the name.") String organisation) {
    }

    /** What a quote write takes of it. */
    public QuoteInput.SpeakerInput input() {
        return new QuoteInput.SpeakerInput(name, role, organisation, description);
    }

    static SpeakerRecord of(Speaker speaker, List<SpeakerAlias> aliases) {
        List<Alias> merged = aliases.stream().sorted(java.util.Comparator.comparing(a -> a.slug)).map(a -> {
            int bar = a.matchKey.indexOf('|');
            String organisation = a.matchKey.substring(bar + 1);
            return new Alias(a.slug, a.matchKey.substring(0, bar), organisation.isEmpty() ? null : organisation);
        }).toList();
        return new SpeakerRecord(speaker.name, speaker.role, speaker.organisation, speaker.description, speaker.slug,
                merged.isEmpty() ? null : merged);
    }
}
