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
     * The last write to any story in a feed's scope, whatever its status now: a story unpublished or
     * deleted leaves the feed, and that changes the feed as much as a new story does.
     *
     * @param section null for every section
     * @param language null for every language
     * @param allowed the sections the caller may see; null for all
     */
    public Optional<Instant> lastChange(String section, String language, Set<String> allowed) {
        StringBuilder jpql = new StringBuilder("select max(a.updatedAt) from Article a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
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
