package io.newsdesk.common.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.newsdesk.common.ClientAddress;
import io.newsdesk.common.ProblemWriter;
import io.newsdesk.common.security.Caller;
import io.newsdesk.common.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Limits every request at the HTTP edge, so unknown routes and refused requests count too, and puts
 * {@code RateLimit-*} headers on every response. Operations endpoints ({@code /q/*}) are not limited:
 * health checks must never be refused.
 */
@ApplicationScoped
class RateLimitFilter {
    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    public static final String POLICY = "RateLimit-Policy";
    /**
     * A request without credentials is counted before authentication, so the cache can answer it
     * there too (Quarkus's handlers after authentication cost a cached answer a fifth of its time).
     */
    static final int ANONYMOUS_PRIORITY = SecurityHandlerPriorities.AUTHENTICATION + 20;
    /** One with credentials after authentication has attached the (lazy) identity, before authorisation. */
    private static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION - 10;

    private final Buckets buckets;
    private final RateLimitConfig config;
    private final ProblemWriter problems;
    /** The anonymous limit and its headers, made once: every cached answer carries them. */
    private final Limit anonymous;

    public RateLimitFilter(Buckets buckets, RateLimitConfig config, ProblemWriter problems) {
        this.buckets = buckets;
        this.config = config;
        this.problems = problems;
        this.anonymous = new Limit(config.anonymous());
    }

    void register(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::limitAnonymous, ANONYMOUS_PRIORITY);
            filters.register(this::limit, PRIORITY);
        }
    }

    private void limitAnonymous(RoutingContext ctx) {
        if (ctx.request().path().startsWith("/q/") || ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            ctx.next();
            return;
        }
        consume(ctx, anonymous(ctx));
    }

    private void limit(RoutingContext ctx) {
        if (ctx.request().path().startsWith("/q/") || ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            // Not limited, or counted already (limitAnonymous).
            ctx.next();
            return;
        }
        Uni<SecurityIdentity> identity = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (identity == null) {
            consume(ctx, anonymous(ctx));
            return;
        }
        // The identity is memoised on the request: the REST layer reuses it rather than asking again.
        // A refused token has been answered (401) by the time we hear of it: it still counts against
        // the address, so guessing tokens is limited like any anonymous traffic.
        Context context = Vertx.currentContext();
        identity.subscribe().with(
                who -> context.runOnContext(v -> consume(ctx, who.isAnonymous() ? anonymous(ctx) : subject(who))),
                failure -> context.runOnContext(v -> consume(ctx, anonymous(ctx))));
    }

    /** Decided on the event loop by this node's buckets (shared ones are reconciled in the background). */
    private void consume(RoutingContext ctx, Subject subject) {
        answer(ctx, subject, buckets.consume(subject.key(), subject.limit().value()));
    }

    private void answer(RoutingContext ctx, Subject subject, ConsumptionProbe probe) {
        if (ctx.response().headWritten()) {
            return;
        }
        Limit limit = subject.limit();
        ctx.response().putHeader(LIMIT, limit.header())
                .putHeader(REMAINING, Long.toString(probe.getRemainingTokens()))
                .putHeader(RESET, Long.toString(seconds(probe.getNanosToWaitForReset())))
                .putHeader(POLICY, limit.policy());
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        problems.send(ctx, 429, "rate-limited", "Too many requests", "This client may make " + limit.value()
                + " requests per minute; try again in " + retryAfter + " s.");
    }

    private Subject subject(SecurityIdentity identity) {
        Role role = identity.getAttribute(Caller.ROLE_ATTRIBUTE);
        UUID key = identity.getAttribute(Caller.KEY_ATTRIBUTE);
        Integer own = identity.getAttribute(Caller.RATE_LIMIT_ATTRIBUTE);
        String name = key == null ? "token:" + identity.getPrincipal().getName() : "key:" + key;
        return new Subject(name, new Limit(config.limitFor(role, own)));
    }

    private Subject anonymous(RoutingContext ctx) {
        return new Subject("ip:".concat(ClientAddress.of(ctx.request())), anonymous);
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }

    private record Subject(String key, Limit limit) {
    }

    /** Requests a minute, and its {@code RateLimit-Limit} and {@code RateLimit-Policy} values. */
    private record Limit(int value, String header, String policy) {
        Limit(int value) {
            this(value, Integer.toString(value), value + ";w=" + Buckets.WINDOW.toSeconds());
        }
    }
}
