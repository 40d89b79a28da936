package io.newsdesk.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ReviewModerationRepository implements PanacheRepositoryBase<ReviewModeration, UUID> {

    /** A review's status changes, first to last. */
    public List<ReviewModeration> history(UUID reviewId) {
        return list("reviewId = ?1 order by moderatedAt, id", reviewId);
    }
}
