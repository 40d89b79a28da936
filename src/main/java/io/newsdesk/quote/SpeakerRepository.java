package io.newsdesk.quote;

import io.newsdesk.common.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class SpeakerRepository implements PanacheRepositoryBase<Speaker, UUID> {

    Optional<Speaker> findByMatchKey(String key) {
        return find("matchKey", key).firstResultOptional();
    }

    Optional<Speaker> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    /**
     * One page of speakers, newest first, fetching {@code limit + 1}. Only editors see speakers none of whose
     * quotes they may see: a speaker known only from a draft stays unknown to readers.
     *
     * @param name folded words the name must contain; null for all
     */
    List<Speaker> page(String name, Viewer viewer, Cursor after, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select s from Speaker s where 1 = 1");
        if (!viewer.editor() || viewer.limited()) {
            jpql.append(" and exists (select q.id from Quote q join q.article a where q.speaker = s and ")
                    .append(viewer.where(params)).append(")");
        }
        if (name != null) {
            jpql.append(" and s.nameKey like :name");
            params.put("name", QuoteRepository.containing(name));
        }
        jpql.append(Cursor.newestFirst(after, "s.createdAt", "s.id", params));
        TypedQuery<Speaker> query = getEntityManager().createQuery(jpql.toString(), Speaker.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }
}
