package io.newsdesk.quote;

import io.newsdesk.common.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class QuoteRepository implements PanacheRepositoryBase<Quote, UUID> {

    /**
     * Filters of the quote list; null fields do not filter.
     *
     * @param text folded words the quote must contain (see {@link SpeakerNames#fold})
     */
    record Filter(String speaker, UUID article, String text, String language, Instant since) {
    }

    /**
     * One page of quotes, newest story first; fetches {@code limit + 1} rows so the caller knows if more exist.
     * The keyset is the story's sort time and the quote's id.
     */
    List<Quote> page(Filter filter, Viewer viewer, Cursor after, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select q from Quote q join fetch q.article a join fetch q.speaker s where ")
                .append(viewer.where(params));
        if (filter.speaker() != null) {
            jpql.append(" and s.slug = :speaker");
            params.put("speaker", filter.speaker());
        }
        if (filter.article() != null) {
            jpql.append(" and a.id = :article");
            params.put("article", filter.article());
        }
        if (filter.text() != null) {
            jpql.append(" and q.textKey like :text");
            params.put("text", containing(filter.text()));
        }
        if (filter.language() != null) {
            jpql.append(" and q.language = :language");
            params.put("language", filter.language());
        }
        if (filter.since() != null) {
            jpql.append(" and a.sortAt >= :since");
            params.put("since", filter.since());
        }
        jpql.append(Cursor.newestFirst(after, "a.sortAt", "q.id", params));
        TypedQuery<Quote> query = getEntityManager().createQuery(jpql.toString(), Quote.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }

    /** A LIKE pattern for text containing folded words, which hold no wildcards: folding keeps letters and digits only. */
    static String containing(String foldedWords) {
        return "%" + foldedWords + "%";
    }

    /** A story's quotes in body order, orphaned ones included. */
    List<Quote> ofArticle(UUID articleId) {
        return list("article.id = ?1 order by blockIndex, start, id", articleId);
    }

    Optional<Quote> at(UUID articleId, QuoteLocator.Location location) {
        return find("article.id = ?1 and blockIndex = ?2 and start = ?3 and end = ?4", articleId, location.block(),
                location.start(), location.end()).firstResultOptional();
    }

    /** How many quotes of each speaker the viewer sees. */
    Map<UUID, Long> countBySpeaker(Collection<UUID> speakerIds, Viewer viewer) {
        Map<UUID, Long> counts = new HashMap<>();
        if (speakerIds.isEmpty()) {
            return counts;
        }
        Map<String, Object> params = new HashMap<>();
        String jpql = "select q.speaker.id, count(q.id) from Quote q join q.article a where q.speaker.id in :ids and "
                + viewer.where(params) + " group by q.speaker.id";
        TypedQuery<Object[]> query = getEntityManager().createQuery(jpql, Object[].class).setParameter("ids", speakerIds);
        params.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
