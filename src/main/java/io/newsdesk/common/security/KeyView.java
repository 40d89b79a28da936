package io.newsdesk.common.security;

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
        Integer rateLimit,
        @Schema(required = true) Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        @Schema(description = "The token; only in the creation answer.") String secret) {

    static KeyView from(ApiKey key, String secret) {
        return new KeyView(key.id, key.name, key.role, key.tokenPrefix,
                key.sections == null ? null : List.of(key.sections.split(",")), key.rateLimit, key.createdAt,
                key.expiresAt, key.lastUsedAt, secret);
    }
}
