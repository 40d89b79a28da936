package io.newsdesk.teaser;

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
}
