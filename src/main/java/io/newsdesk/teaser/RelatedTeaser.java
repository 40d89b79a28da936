package io.newsdesk.teaser;

import io.newsdesk.article.TeaserView;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A related story: its teaser and why it is related. */
@Schema(name = "RelatedTeaser", description = "A teaser with the reason it is related.")
public record RelatedTeaser(@JsonUnwrapped TeaserView story, @Schema(required = true) RelatedReason reason) {
}
