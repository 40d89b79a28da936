package io.newsdesk.feed;

import io.newsdesk.article.Article;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The questions feeds ask of the stories that the article lists do not. */
@ApplicationScoped
class SyndicationRepository implements PanacheRepositoryBase<Article, UUID> {

    /**
     * The last write readers could notice to a story in a feed's scope: to one public now, or to one that
     * was public and was withdrawn (it left the feed, which changes the feed as much as a new story
     * does). Drafts and stories not yet public change nothing readers see, so their edits do not count.
     *
     * @param section null for every section
     * @param language null for every language
     * @param allowed the sections the caller may see; null for all
     */
    public Optional<Instant> lastChange(String section, String language, Set<String> allowed, Instant now) {
        if (allowed != null && allowed.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder jpql = new StringBuilder("select max(a.updatedAt) from Article a where a.publishedAt is not null"
                + " and a.sortAt <= :now and ((a.deletedAt is null and a.status in ('PUBLISHED', 'SCHEDULED'))"
                + " or ((a.deletedAt is not null or a.status = 'UNPUBLISHED') and a.sortAt <= a.updatedAt))");
        Map<String, Object> params = new HashMap<>();
        params.put("now", now);
        if (section != null) {
            jpql.append(" and a.section.slug = :section");
            params.put("section", section);
        }
        if (language != null) {
            jpql.append(" and a.language = :language");
            params.put("language", language);
        }
        if (allowed != null) {
            jpql.append(" and a.section.slug in :allowed");
            params.put("allowed", allowed);
        }
        TypedQuery<Instant> query = getEntityManager().createQuery(jpql.toString(), Instant.class);
        params.forEach(query::setParameter);
        return Optional.ofNullable(query.getSingleResult());
    }
}
