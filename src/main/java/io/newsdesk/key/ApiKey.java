package io.newsdesk.key;

import io.newsdesk.common.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An API key. Only the SHA-256 of its secret is stored. */
@Entity
@Table(name = "api_key")
public class ApiKey {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;
    @Column(name = "token_hash", nullable = false)
    public String tokenHash;
    @Column(name = "token_prefix", nullable = false)
    public String tokenPrefix;
    /** Comma-separated section slugs the key is limited to; null means all, an empty string none. */
    public String sections;
    @Column(name = "rate_limit")
    public Integer rateLimit;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    /** The sections the key is limited to; null for all, empty for none. */
    public java.util.List<String> sectionList() {
        return sections == null ? null : sections.isEmpty() ? java.util.List.of() : java.util.List.of(sections.split(","));
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
