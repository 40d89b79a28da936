package io.newsdesk.key;

import io.newsdesk.common.security.Role;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Key", description = "An API key. The secret appears once, in the answer that created it.")
public record KeyView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) Role role,
        @Schema(required = true, description = "First characters of the secret, to recognise it.") String prefix,
        List<String> sections,
        @Schema(description = "The key's own limit in requests per minute; absent when its role's default applies.") Integer rateLimit,
        @Schema(required = true, description = "Requests per minute this key may make: its own limit, else its role's default.") int effectiveRateLimit,
        @Schema(required = true) Instant createdAt,
        Instant expiresAt,
        @Schema(description = "When the key was revoked; revoked keys are refused.") Instant revokedAt,
        @Schema(description = "Last time the key was used, to the minute.") Instant lastUsedAt,
        @Schema(description = "The token; only in the creation answer.") String secret) {

    static KeyView from(ApiKey key, int effectiveRateLimit, String secret) {
        return new KeyView(key.id, key.name, key.role, key.tokenPrefix,
                key.sectionList(), key.rateLimit, effectiveRateLimit,
                key.createdAt, key.expiresAt, key.revokedAt, key.lastUsedAt, secret);
    }
}
