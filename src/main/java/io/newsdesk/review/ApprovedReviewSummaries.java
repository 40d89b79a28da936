package io.newsdesk.review;

import io.newsdesk.article.ReviewSummaries;

import io.newsdesk.article.ReviewSummary;
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
class ApprovedReviewSummaries implements ReviewSummaries {
    private final ReviewRepository reviews;

    ApprovedReviewSummaries(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public ReviewSummary of(UUID articleId) {
        return of(List.of(articleId)).get(articleId);
    }

    @Override
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
