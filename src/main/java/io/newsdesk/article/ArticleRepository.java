package io.newsdesk.article;

import io.newsdesk.common.Params;
import io.newsdesk.common.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /**
     * Filters of a story list; null fields do not filter.
     *
     * @param audience who is looking: decides, with {@code now}, which stories are listed at all
     */
    public record Filter(String section, String tag, String author, String language, Instant since, Instant until,
            ArticleStatus status, Audience audience, Instant now) {
    }

    /** An article by id or by slug (optionally in one language); tombstones included. */
    public Optional<Article> findByKey(String key, String language) {
        Optional<UUID> id = Params.uuid(key);
        if (id.isPresent()) {
            return findByIdOptional(id.get());
        }
        String query = language == null ? "slug = ?1 order by createdAt" : "slug = ?1 and language = ?2";
        return language == null ? find(query, key).firstResultOptional()
                : find(query, key, language).firstResultOptional();
    }

    /**
     * The stories with these ids, in the order of the ids, to be shown; missing ids are skipped. They
     * are read-only: no snapshot is kept (a flush would otherwise serialise every body to compare it),
     * and a change to one is not saved.
     */
    public List<Article> listByIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // One statement with the ids as a single array parameter, on both databases: a query with
        // "id in ?1" is translated again on every call, since the list's size is part of its SQL.
        @SuppressWarnings("unchecked")
        List<Article> found = getEntityManager().createNativeQuery("select {a.*} from article a where a.id = any(?1)")
                .setParameter(1, ids.toArray(UUID[]::new)).setHint(HibernateHints.HINT_READ_ONLY, true)
                .unwrap(NativeQuery.class).addEntity("a", Article.class).addSynchronizedQuerySpace("article")
                .getResultList();
        Map<UUID, Article> byId = new HashMap<>();
        found.forEach(a -> byId.put(a.id, a));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public boolean slugTaken(String slug, String language, UUID except) {
        return count("slug = ?1 and language = ?2 and id <> ?3", slug, language,
                except == null ? new UUID(0, 0) : except) > 0;
    }

    public List<String> slugsStartingWith(String prefix, String language) {
        return getEntityManager()
                .createQuery("select a.slug from Article a where a.language = :lang and a.slug like :prefix",
                        String.class)
                .setParameter("lang", language)
                .setParameter("prefix", prefix.replace("%", "").replace("_", "\\_") + "%")
                .getResultList();
    }

    /** One page of stories, newest first; fetches {@code limit + 1} rows so the caller knows if more exist. */
    public List<Article> page(Filter filter, Cursor after, int limit) {
        StringBuilder jpql = new StringBuilder("select a from Article a where ");
        Map<String, Object> params = new HashMap<>();
        jpql.append(Visibility.jpql(filter.audience(), "a", filter.now()).into(params));
        if (filter.section() != null) {
            jpql.append(" and a.section.slug = :section");
            params.put("section", filter.section());
        }
        if (filter.tag() != null) {
            jpql.append(" and :tag member of a.tags");
            params.put("tag", filter.tag());
        }
        if (filter.author() != null) {
            jpql.append(" and :author member of a.authors");
            params.put("author", filter.author());
        }
        if (filter.language() != null) {
            jpql.append(" and a.language = :language");
            params.put("language", filter.language());
        }
        if (filter.since() != null) {
            jpql.append(" and a.sortAt >= :since");
            params.put("since", filter.since());
        }
        if (filter.until() != null) {
            jpql.append(" and a.sortAt < :until");
            params.put("until", filter.until());
        }
        if (filter.status() != null) {
            jpql.append(" and a.status = :status");
            params.put("status", filter.status());
        }
        jpql.append(Cursor.newestFirst(after, "a.sortAt", "a.id", params));
        TypedQuery<Article> query = getEntityManager().createQuery(jpql.toString(), Article.class);
        params.forEach(query::setParameter);
        // A page is only read: no snapshot of each story is kept for the flush to compare.
        query.setHint(HibernateHints.HINT_READ_ONLY, true);
        return query.setMaxResults(limit + 1).getResultList();
    }
}
