package io.newsdesk.teaser;

import io.newsdesk.article.Audience;
import io.newsdesk.article.Visibility;

import io.newsdesk.article.ArticleRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The query both search engines run: public stories in scope that match, ranked by a score, paged
 * by keyset. The engines differ only in how a story matches and how it scores.
 */
final class SearchSql {
    private final StringBuilder from = new StringBuilder("article a join section s on s.id = a.section_id");
    private final Map<String, Object> params = new HashMap<>();
    private String match;
    private String score;

    /** Another table to join, such as the embedded engine's text columns. */
    SearchSql join(String join) {
        from.append(' ').append(join);
        return this;
    }

    /** @param sql a condition on {@code article a} that holds for matching stories */
    SearchSql match(String sql) {
        this.match = sql;
        return this;
    }

    /** @param sql the relevance of a matching story, a number; higher is better */
    SearchSql score(String sql) {
        this.score = sql;
        return this;
    }

    SearchSql param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    List<SearchEngine.Match> find(EntityManager em, SearchEngine.Scope scope, SearchCursor after, int limit) {
        Map<String, Object> bound = new HashMap<>(params);
        Audience readers = new Audience(false, false, scope.allowedSections());
        StringBuilder sql = new StringBuilder("select r.id, r.sort_at, r.score from (select a.id as id, a.sort_at as sort_at, ")
                .append(score).append(" as score from ").append(from).append(" where ")
                .append(Visibility.sql(readers, "a", scope.now()).into(bound)).append(" and (").append(match).append(')');
        where(sql, bound, "s.slug = :section", "section", scope.section());
        where(sql, bound, "a.language = :language", "language", scope.language());
        where(sql, bound, "a.sort_at >= :since", "since", scope.since());
        where(sql, bound, "a.sort_at < :until", "until", scope.until());
        sql.append(") r");
        if (after != null) {
            sql.append(" where r.score < :afterScore or (r.score = :afterScore and (r.sort_at < :afterAt"
                    + " or (r.sort_at = :afterAt and r.id < :afterId)))");
            bound.put("afterScore", after.score());
            bound.put("afterAt", after.at());
            bound.put("afterId", after.id());
        }
        sql.append(" order by r.score desc, r.sort_at desc, r.id desc");
        Query query = em.createNativeQuery(sql.toString());
        bound.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.UUID)
                .addScalar("sort_at", StandardBasicTypes.INSTANT)
                .addScalar("score", StandardBasicTypes.DOUBLE)
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new SearchEngine.Match((UUID) r[0], (Double) r[2], (Instant) r[1])).toList();
    }

    private static void where(StringBuilder sql, Map<String, Object> bound, String condition, String name, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            bound.put(name, value);
        }
    }
}
