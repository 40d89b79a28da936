package io.newsdesk.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Review summaries for stories and teasers. Computed from the approved reviews on every read, so
 * approving or rejecting shows at once and no counter can drift; a whole list page costs one
 * grouped query on the (article, status) index.
 */
@ApplicationScoped
public class ReviewSummaries {
    private final ReviewRepository reviews;

    public ReviewSummaries(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    public ReviewSummary of(UUID articleId) {
        return of(List.of(articleId)).get(articleId);
    }

    /** A summary for every id given (empty for stories without approved reviews). */
    public Map<UUID, ReviewSummary> of(Collection<UUID> articleIds) {
        Map<UUID, ReviewSummary> summaries = new HashMap<>();
        if (articleIds.isEmpty()) {
            return summaries;
        }
        Map<UUID, long[]> counts = new HashMap<>();
        for (Object[] row : reviews.approvedStarCounts(articleIds)) {
            counts.computeIfAbsent((UUID) row[0], id -> new long[5])[((Number) row[1]).intValue() - 1] =
                    ((Number) row[2]).longValue();
        }
        for (UUID id : articleIds) {
            long[] perStar = counts.get(id);
            summaries.put(id, perStar == null ? ReviewSummary.NONE : ReviewSummary.of(perStar));
        }
        return summaries;
    }
}
