package io.newsdesk.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class ReviewSettingsRepository implements PanacheRepositoryBase<ReviewSettings, UUID> {

    public boolean closed(UUID articleId) {
        return findByIdOptional(articleId).map(s -> s.closed).orElse(false);
    }
}
