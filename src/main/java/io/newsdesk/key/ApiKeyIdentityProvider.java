package io.newsdesk.key;

import io.newsdesk.common.security.Role;
import static io.newsdesk.common.security.Caller.*;
import io.newsdesk.common.security.Tokens;
import io.newsdesk.common.Time;
import io.newsdesk.common.NewsdeskConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Turns a bearer token into an identity: the bootstrap admin token, or a stored API key. */
@ApplicationScoped
class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    /** last_used_at is a hint for admins, not an audit log: write it at most this often per key. */
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final Clock clock;
    private final ApiKeyRepository keys;
    private final NewsdeskConfig config;
    private final KnownKeys cache;

    public ApiKeyIdentityProvider(ApiKeyRepository keys, NewsdeskConfig config, KnownKeys cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
        this.keys = keys;
        this.config = config;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String hash = Tokens.hash(request.getToken().getToken());
        if (isAdmin(hash)) {
            return Uni.createFrom().item(identity("bootstrap-admin", Role.ADMIN, null));
        }
        // A key seen in the last few seconds, whose last use was noted recently: no query, no worker thread.
        Instant now = Time.now(clock);
        Optional<KnownKeys.Known> known = known(hash, now);
        if (known.isPresent()) {
            return known.get().usableAt(now) ? Uni.createFrom().item(identity(known.get().name(), known.get().role(), known.get()))
                    : Uni.createFrom().failure(new AuthenticationFailedException("unknown token"));
        }
        return context.runBlocking(() -> lookUp(hash));
    }

    private boolean isAdmin(String hash) {
        return config.adminToken().filter(t -> !t.isBlank())
                .map(t -> Tokens.sameHash(Tokens.hash(t), hash)).orElse(false);
    }

    private Optional<KnownKeys.Known> known(String hash, Instant now) {
        return cache.find(hash).filter(k -> k.lastUsedAt() != null
                && !k.lastUsedAt().isBefore(now.minus(LAST_USED_GRANULARITY)));
    }

    private SecurityIdentity lookUp(String hash) {
        long generation = cache.generation();
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Time.now(clock);
            ApiKey key = keys.findByTokenHash(hash).filter(k -> k.usableAt(now))
                    .orElseThrow(() -> new AuthenticationFailedException("unknown token"));
            if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minus(LAST_USED_GRANULARITY))) {
                key.lastUsedAt = now;
            }
            return identity(key.name, key.role, cache.remember(hash, key, generation));
        });
    }

    private static SecurityIdentity identity(String name, Role role, KnownKeys.Known key) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRoles(role.grants())
                .addAttribute(ROLE_ATTRIBUTE, role);
        if (key != null) {
            builder.addAttribute(KEY_ATTRIBUTE, key.id());
            if (key.rateLimit() != null) {
                builder.addAttribute(RATE_LIMIT_ATTRIBUTE, key.rateLimit());
            }
            if (key.sections() != null) {
                // Null is every section; an empty list is none.
                builder.addAttribute(SECTIONS_ATTRIBUTE, key.sections().isEmpty() ? java.util.List.of()
                        : java.util.List.of(key.sections().split(",")));
            }
        }
        return builder.build();
    }
}
