package io.newsdesk.teaser;

import io.newsdesk.article.Audience;
import io.newsdesk.article.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sections list: each section with what an audience can read in it. */
@ApplicationScoped
class SectionCounts {
    private final EntityManager entities;

    SectionCounts(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * Sections by name, each with the number of stories the audience can see in it now and the newest
     * publication time among them, in one query.
     *
     * @param slug only this section; null for all
     * @param audience counts only the stories it may see, of the sections it may see
     */
    List<SectionView> summaries(String slug, Audience audience, Instant now) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select new io.newsdesk.teaser.SectionView(s.slug, s.name, s.description, "
                + "count(a.id), max(a.publishedAt)) from Section s left join Article a on a.section = s and "
                + Visibility.jpql(audience.asReader(), "a", now).into(params));
        List<String> conditions = new ArrayList<>();
        if (slug != null) {
            conditions.add("s.slug = :slug");
        }
        if (audience.sections() != null) {
            conditions.add(audience.sections().isEmpty() ? "1 = 0" : "s.slug in :allowed");
            params.put("allowed", audience.sections());
        }
        if (!conditions.isEmpty()) {
            jpql.append(" where ").append(String.join(" and ", conditions));
        }
        jpql.append(" group by s.id, s.slug, s.name, s.description order by s.name, s.slug");
        if (slug != null) {
            params.put("slug", slug);
        }
        TypedQuery<SectionView> query = entities.createQuery(jpql.toString(), SectionView.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
