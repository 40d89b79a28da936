package io.newsdesk.quote;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What extraction found in a story, in body order. */
@Schema(name = "QuoteExtraction")
public record Extraction(
        @Schema(required = true) List<QuoteCandidate> items,
        @Schema(required = true, description = "How many quotes this request saved (save=true).") int saved) {
}
