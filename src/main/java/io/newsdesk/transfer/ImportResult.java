package io.newsdesk.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsdesk.common.Problem;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of one line of an import. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportResult", description = "The outcome of one input line, in input order.")
record ImportResult(
        @Schema(required = true, description = "The input line, from 1; blank lines are skipped but counted.") long line,
        @Schema(required = true, enumeration = { "created", "updated", "unchanged", "problem" }) String result,
        UUID id,
        String slug,
        @Schema(description = "The story's revision after the import.") Integer revision,
        @Schema(description = "Why the line was refused; nothing of it was saved.") Problem problem) {

    static ImportResult problem(long line, Problem problem) {
        return new ImportResult(line, "problem", null, null, null, problem);
    }
}
