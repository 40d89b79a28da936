package io.newsdesk.key;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    public Optional<ApiKey> findByTokenHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    public List<ApiKey> listActive() {
        return list("revokedAt is null order by createdAt desc, id desc");
    }
}
