package io.newsdesk.teaser;

import io.newsdesk.article.TeaserView;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A search result: the story's teaser and where in it the query matched. */
@Schema(name = "SearchResult", description = "A teaser with a highlighted snippet.")
public record SearchHit(
        @JsonUnwrapped TeaserView story,
        @Schema(required = true, description = "A passage of the standfirst and body around the match, as HTML: the "
                + "text is escaped and the matching words are in <mark> elements.",
                examples = "The bill now moves to the <mark>budget</mark> committee, where a final vote is expected")
        String snippet) {
}
