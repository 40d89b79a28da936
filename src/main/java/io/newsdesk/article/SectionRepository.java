package io.newsdesk.article;

import io.newsdesk.teaser.SectionView;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class SectionRepository implements PanacheRepositoryBase<Section, UUID> {

    public Optional<Section> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<String> allSlugs() {
        return getEntityManager().createQuery("select s.slug from Section s order by s.slug", String.class)
                .getResultList();
    }

    /**
     * Sections by name, each with the number of stories readers can see in it now and the newest
     * publication time among them, in one query.
     *
     * @param slug only this section; null for all
     * @param allowed only these sections (partner keys); null for all
     */
    public List<SectionView> summaries(String slug, Set<String> allowed, Instant now) {
        StringBuilder jpql = new StringBuilder("select new io.newsdesk.teaser.SectionView(s.slug, s.name, s.description, "
                + "count(a.id), max(a.publishedAt)) from Section s left join Article a on a.section = s and "
                + ArticleRepository.PUBLIC);
        List<String> conditions = new ArrayList<>();
        if (slug != null) {
            conditions.add("s.slug = :slug");
        }
        if (allowed != null) {
            conditions.add("s.slug in :allowed");
        }
        if (!conditions.isEmpty()) {
            jpql.append(" where ").append(String.join(" and ", conditions));
        }
        jpql.append(" group by s.id, s.slug, s.name, s.description order by s.name, s.slug");
        TypedQuery<SectionView> query = getEntityManager().createQuery(jpql.toString(), SectionView.class)
                .setParameter("now", now);
        if (slug != null) {
            query.setParameter("slug", slug);
        }
        if (allowed != null) {
            query.setParameter("allowed", allowed);
        }
        return query.getResultList();
    }

    /** Every story that names the section, whatever its state: tombstones keep their section too. */
    public long storyCount(Section section) {
        return getEntityManager().createQuery("select count(a) from Article a where a.section = :section", Long.class)
                .setParameter("section", section).getSingleResult();
    }
}
