package io.newsdesk.teaser;

import io.newsdesk.article.Audience;
import io.newsdesk.article.Visibility;
import java.util.HashMap;

import io.newsdesk.article.ArticleRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class RelatedRepository implements PanacheRepositoryBase<RelatedPick, UUID> {

    /** The ids an editor picked for a story, in the editor's order. */
    public List<UUID> picks(UUID article) {
        return getEntityManager().createQuery("select p.relatedId from RelatedPick p where p.articleId = :article "
                + "order by p.position", UUID.class).setParameter("article", article).getResultList();
    }

    public void replacePicks(UUID article, List<UUID> related) {
        // A bulk delete runs at once, so the new positions never meet the old ones.
        delete("articleId", article);
        for (int i = 0; i < related.size(); i++) {
            RelatedPick pick = new RelatedPick();
            pick.id = UUID.randomUUID();
            pick.articleId = article;
            pick.position = i;
            pick.relatedId = related.get(i);
            persist(pick);
        }
    }

    /**
     * Stories the audience sees that share tags with a story, with how many they share, most first.
     *
     * @param language only this language; null for any
     */
    public Map<UUID, Long> sharingTags(UUID article, List<String> tags, String language, Audience audience,
            Instant now, int limit) {
        Map<UUID, Long> shared = new LinkedHashMap<>();
        if (tags.isEmpty()) {
            return shared;
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select a.id, count(t) from Article a join a.tags t where t in :tags "
                + "and a.id <> :article and " + Visibility.jpql(audience, "a", now).into(params));
        params.put("tags", tags);
        params.put("article", article);
        if (language != null) {
            jpql.append(" and a.language = :language");
            params.put("language", language);
        }
        jpql.append(" group by a.id, a.sortAt order by count(t) desc, a.sortAt desc");
        TypedQuery<Object[]> query = getEntityManager().createQuery(jpql.toString(), Object[].class);
        params.forEach(query::setParameter);
        query.setMaxResults(limit).getResultList().forEach(row -> shared.put((UUID) row[0], (Long) row[1]));
        return shared;
    }
}
