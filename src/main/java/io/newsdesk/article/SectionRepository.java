package io.newsdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SectionRepository implements PanacheRepositoryBase<Section, UUID> {

    /**
     * The section a story is being filed in, locked against deletion until the transaction ends: the
     * embedded database does not hold its foreign keys against a concurrent delete.
     */
    public Optional<Section> findBySlugToFileIn(String slug) {
        return find("slug", slug).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_READ).firstResultOptional();
    }

    /** Locks the section before it is deleted, so no story is filed in it meanwhile. */
    public void lockForDelete(Section section) {
        getEntityManager().lock(section, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

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
