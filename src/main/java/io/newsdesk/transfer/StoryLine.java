package io.newsdesk.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsdesk.article.BodyBlock;
import io.newsdesk.quote.SpeakerRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One story on one line of an export or an import: what an editor writes, with its ids, state and quotes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StoryLine", description = "One story as a line of NDJSON. An import matches it by id, else by slug "
        + "and language; absent ids are made up.")
record StoryLine(
        @Schema(description = "Kept on import.") UUID id,
        @Schema(examples = "harbour-bridge-reopens") String slug,
        @Schema(examples = "en") String language,
        @Schema(required = true) String headline,
        String standfirst,
        @Schema(required = true, description = "Section slug.", examples = "politics") String section,
        @Schema(description = "The section's name; an import creates a missing section under it.", examples = "Politics") String sectionName,
        List<String> tags,
        List<String> authors,
        String dateline,
        String teaser,
        @Schema(required = true, description = "Quote blocks name quotes of this line's quotes by their id.") List<BodyBlock> body,
        @Schema(enumeration = { "draft", "scheduled", "published", "unpublished" }, description = "Absent means draft.") String status,
        Instant publishAt,
        @Schema(description = "When it was published; an import publishes it at that time.") Instant publishedAt,
        Instant embargoUntil,
        Integer urgency,
        String editorialNote,
        List<QuoteLine> quotes) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StoryLineQuote", description = "A quote of the story: its words must occur in the body.")
    record QuoteLine(
            @Schema(description = "Kept on import.") UUID id,
            @Schema(required = true) String text,
            @Schema(required = true) SpeakerRecord speaker,
            @Schema(description = "Index in this line's body of the block holding the words.") Integer blockIndex,
            Boolean partial,
            String context,
            String language) {
    }
}
