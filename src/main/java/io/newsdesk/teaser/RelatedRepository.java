package io.newsdesk.teaser;

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
public class RelatedRepository implements PanacheRepositoryBase<RelatedPick, UUID> {

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
     * Public stories sharing tags with a story, with how many they share, most first.
     *
     * @param language only this language; null for any
     * @param allowed only these sections (partner keys); null for all
     */
    public Map<UUID, Long> sharingTags(UUID article, List<String> tags, String language, Set<String> allowed,
            Instant now, int limit) {
        Map<UUID, Long> shared = new LinkedHashMap<>();
        if (tags.isEmpty() || (allowed != null && allowed.isEmpty())) {
            return shared;
        }
        StringBuilder jpql = new StringBuilder("select a.id, count(t) from Article a join a.tags t where t in :tags "
                + "and a.id <> :article and " + ArticleRepository.PUBLIC);
        if (language != null) {
            jpql.append(" and a.language = :language");
        }
        if (allowed != null) {
            jpql.append(" and a.section.slug in :allowed");
        }
        jpql.append(" group by a.id, a.sortAt order by count(t) desc, a.sortAt desc");
        TypedQuery<Object[]> query = getEntityManager().createQuery(jpql.toString(), Object[].class)
                .setParameter("tags", tags).setParameter("article", article).setParameter("now", now);
        if (language != null) {
            query.setParameter("language", language);
        }
        if (allowed != null) {
            query.setParameter("allowed", allowed);
        }
        query.setMaxResults(limit).getResultList().forEach(row -> shared.put((UUID) row[0], (Long) row[1]));
        return shared;
    }
}
