package io.newsdesk.review;

import io.newsdesk.common.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import org.hibernate.query.NativeQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    /** A story's approved reviews, newest first; {@code limit + 1} rows so the caller knows if more exist. */
    public List<Review> approvedPage(UUID articleId, Cursor after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("article", articleId, "approved", ReviewStatus.APPROVED));
        String jpql = "select r from Review r where r.articleId = :article and r.status = :approved"
                + Cursor.newestFirst(after, "r.createdAt", "r.id", params);
        TypedQuery<Review> query = getEntityManager().createQuery(jpql, Review.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }

    /** The moderation queue, oldest first; null filters do not filter. */
    public List<Review> queue(ReviewStatus status, UUID articleId, Cursor after, int limit) {
        StringBuilder jpql = new StringBuilder("select r from Review r where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            jpql.append(" and r.status = :status");
            params.put("status", status);
        }
        if (articleId != null) {
            jpql.append(" and r.articleId = :article");
            params.put("article", articleId);
        }
        jpql.append(Cursor.oldestFirst(after, "r.createdAt", "r.id", params));
        TypedQuery<Review> query = getEntityManager().createQuery(jpql.toString(), Review.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }

    /** Approved reviews per story and star, for many stories in one query: rows of (articleId, rating, count). */
    @SuppressWarnings("unchecked")
    public List<Object[]> approvedStarCounts(Collection<UUID> articleIds) {
        // The ids as one array parameter: a query with "in :ids" is translated again on every call (the
        // list's size is part of its SQL), and every page of teasers asks this. Like a query on Review, it
        // flushes first only when reviews have unsaved changes.
        return getEntityManager().createNativeQuery("select r.article_id as article, r.rating as rating,"
                + " count(*) as reviews from review r where r.article_id = any(?1) and r.status = ?2"
                + " group by r.article_id, r.rating")
                .setParameter(1, articleIds.toArray(UUID[]::new)).setParameter(2, ReviewStatus.APPROVED.name())
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("review")
                .addScalar("article", UUID.class).addScalar("rating", Integer.class).addScalar("reviews", Long.class)
                .getResultList();
    }

    public boolean fingerprintTaken(String fingerprint) {
        return count("fingerprint", fingerprint) > 0;
    }

    public List<Review> listByIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    /** Removes every review of an e-mail address; their moderation history goes with them (on delete cascade). */
    public long deleteByEmail(String email) {
        return delete("email", email);
    }
}
