package io.newsdesk.teaser;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a story is shown as related to another. */
@Schema(name = "RelatedReason", enumeration = { "editorial", "same-tags", "same-speaker", "same-section", "similar-text" },
        description = "editorial: picked by an editor; same-tags: shares tags; same-speaker: quotes the same people; "
                + "same-section: from the same section; similar-text: headline and standfirst use the same words. "
                + "An automatic match gives the reason that weighed most.")
public enum RelatedReason {
    EDITORIAL, SAME_TAGS, SAME_SPEAKER, SAME_SECTION, SIMILAR_TEXT;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
