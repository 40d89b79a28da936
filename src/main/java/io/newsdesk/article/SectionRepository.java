package io.newsdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
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

    /** Every story that names the section, whatever its state: tombstones keep their section too. */
    public long storyCount(Section section) {
        return getEntityManager().createQuery("select count(a) from Article a where a.section = :section", Long.class)
                .setParameter("section", section).getSingleResult();
    }
}
