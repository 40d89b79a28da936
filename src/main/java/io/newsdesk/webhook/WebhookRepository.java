package io.newsdesk.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    List<Webhook> listActive() {
        return list("deletedAt is null order by createdAt desc, id desc");
    }

    Optional<Webhook> findActive(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional();
    }
}
