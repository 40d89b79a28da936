package io.newsdesk.article;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What readers think of stories: the review feature answers it from its approved reviews. */
public interface ReviewSummaries {

    /** The summary of one story; {@link ReviewSummary#NONE} without approved reviews. */
    ReviewSummary of(UUID articleId);

    /** A summary for every id given (empty for stories without approved reviews), in one query. */
    Map<UUID, ReviewSummary> of(Collection<UUID> articleIds);
}
