package io.newsdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ArticleRevisionRepository implements PanacheRepositoryBase<ArticleRevision, UUID> {

    /** Newest first, starting below {@code before} (exclusive) when given; {@code limit + 1} rows. */
    public List<ArticleRevision> page(UUID articleId, Integer before, int limit) {
        return (before == null
                ? find("articleId = ?1 order by revision desc", articleId)
                : find("articleId = ?1 and revision < ?2 order by revision desc", articleId, before))
                .range(0, limit).list();
    }
}
