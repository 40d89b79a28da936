package io.newsdesk.change;

import io.newsdesk.article.Article;
import io.newsdesk.article.Audience;
import io.newsdesk.article.Visibility;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class ChangeLogRepository implements PanacheRepositoryBase<ChangeEntry, Long> {

    /** Takes the append lock; it is held until the transaction ends. */
    ChangeLogHead lockHead() {
        return getEntityManager().find(ChangeLogHead.class, ChangeLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The head as last committed, without waiting for appends in progress. */
    ChangeLogHead head() {
        return getEntityManager().createQuery("select h from ChangeLogHead h where h.id = :id", ChangeLogHead.class)
                .setParameter("id", ChangeLogHead.ID).getSingleResult();
    }

    /** What the story looked like to partners after its latest change; empty if it never had one. */
    Optional<StoryState> stateOf(UUID articleId) {
        return Optional.ofNullable(getEntityManager().find(StoryState.class, articleId));
    }

    /**
     * Entries after {@code after} up to {@code upTo}, in order, one more than {@code limit}.
     *
     * @param publicOnly only changes that touch stories readers could see
     * @param sections only those of stories in these sections (before or after the change); null for all
     */
    List<ChangeEntry> page(long after, long upTo, boolean publicOnly, Set<String> sections, int limit) {
        StringBuilder jpql = new StringBuilder("select e from ChangeEntry e where e.seq > :after and e.seq <= :upTo");
        if (publicOnly && sections != null) {
            jpql.append(" and ((e.publicBefore = true and e.previousSection in :sections)")
                    .append(" or (e.publicAfter = true and e.section in :sections))");
        } else if (publicOnly) {
            jpql.append(" and (e.publicBefore = true or e.publicAfter = true)");
        } else if (sections != null) {
            jpql.append(" and (e.previousSection in :sections or e.section in :sections)");
        }
        jpql.append(" order by e.seq");
        TypedQuery<ChangeEntry> query = getEntityManager().createQuery(jpql.toString(), ChangeEntry.class)
                .setParameter("after", after).setParameter("upTo", upTo);
        if (sections != null) {
            query.setParameter("sections", sections);
        }
        return query.setMaxResults(limit + 1).getResultList();
    }

    /**
     * Stories that became public for readers in (from, to] and whose state does not say so yet: one
     * query over the indexed sort key and the state's key, whatever the archive's size.
     */
    List<UUID> becamePublicUnrecorded(Instant from, Instant to, int limit) {
        Visibility.Condition visible = Visibility.jpql(Audience.PUBLIC, "a", to);
        TypedQuery<UUID> query = getEntityManager().createQuery("select a.id from Article a where " + visible.text()
                + " and a.sortAt > :from and not exists (select s.articleId from StoryState s where s.articleId = a.id"
                + " and s.visible = true)"
                + " order by a.sortAt", UUID.class).setParameter("from", from);
        visible.parameters().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** The newest entry older than the cutoff: everything up to it goes. */
    Optional<Long> lastSeqBefore(Instant cutoff) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(e.seq) from ChangeEntry e where e.at < :cutoff", Long.class)
                .setParameter("cutoff", cutoff).getSingleResult());
    }

    /** The oldest entry still kept. */
    Optional<Long> oldestSeq() {
        return Optional.ofNullable(getEntityManager().createQuery("select min(e.seq) from ChangeEntry e", Long.class)
                .getSingleResult());
    }

    /** Deletes the entries numbered after {@code after} up to {@code upTo}: a range of the primary key. */
    long deleteBetween(long after, long upTo) {
        return delete("seq > ?1 and seq <= ?2", after, upTo);
    }
}
