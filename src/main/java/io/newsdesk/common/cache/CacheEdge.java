package io.newsdesk.common.cache;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import io.newsdesk.common.NewsdeskConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Serves cached public representations on the event loop, before the REST layer: no worker thread,
 * no query, no rendering. It runs after the request id, CORS and (anonymous) rate-limit handlers, so
 * a hit carries their headers and is counted like any request, and before authentication: only a
 * request without credentials reads the shared cache (one with a token may be answered differently
 * by audience, and that answer is marked {@code private}), and it needs no identity. On a miss the
 * request goes on through authentication to the REST layer with a ticket, and {@link CacheStore}
 * keeps the answer if it is public, with the URI template the REST layer matched, which a hit gives
 * back to the HTTP metrics.
 */
@ApplicationScoped
class CacheEdge {
    static final String TICKET = "newsdesk.cache.ticket";
    /** Marks an answer served from the cache, for operators and tests. */
    static final String HIT_HEADER = "X-Cache";
    /** After the anonymous rate limit (220), before authentication (200). */
    private static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION + 10;
    /** Where Quarkus keeps the URI template of a request for its HTTP metrics: the request's context. */
    private static final String URL_TEMPLATE = "UrlPathTemplate";

    private final RenderedCache cache;
    private final boolean onWorker;

    CacheEdge(RenderedCache cache, NewsdeskConfig config) {
        this.cache = cache;
        this.onWorker = config.cache().hitsOnWorker();
    }

    void register(@Observes Filters filters) {
        if (cache.enabled()) {
            filters.register(this::serve, PRIORITY);
        }
    }

    private void serve(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.method() != HttpMethod.GET || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.path().startsWith("/q/") || request.getHeader(HttpHeaders.IF_MATCH) != null
                || request.getHeader(HttpHeaderNames.IF_UNMODIFIED_SINCE) != null) {
            // Preconditions other than If-None-Match and If-Modified-Since are the REST layer's (HttpCaching): a
            // failed one is a 412 there, whether or not the answer is cached.
            ctx.next();
            return;
        }
        String key = key(request);
        Rendered hit = cache.get(key);
        if (hit == null) {
            Ticket ticket = new Ticket(key, cache.generation());
            ctx.put(TICKET, ticket);
            // Kept once its headers are final: Vary, for one, is added by the REST layer as it writes.
            ctx.addHeadersEndHandler(done -> keep(ctx, ticket));
            ctx.next();
            return;
        }
        if (onWorker) {
            // Only to measure what a thread hop costs (newsdesk.cache.hits-on-worker): the same answer, from a worker.
            ctx.vertx().executeBlocking(() -> hit, false).onComplete(done -> respond(ctx, hit));
            return;
        }
        respond(ctx, hit);
    }

    private static void respond(RoutingContext ctx, Rendered hit) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        if (hit.template() != null) {
            // Tagged like the miss that rendered it, not by its own path (one series per story).
            ((HttpServerRequestInternal) request).context().putLocal(URL_TEMPLATE, hit.template());
        }
        response.putHeader(HttpHeaders.ETAG, hit.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, hit.cacheControl())
                .putHeader(SurrogateKeys.HEADER, hit.surrogateKey())
                .putHeader(HIT_HEADER, "hit");
        for (String vary : hit.vary()) {
            response.headers().add(HttpHeaders.VARY, vary);
        }
        if (hit.lastModified() != null) {
            response.putHeader(HttpHeaders.LAST_MODIFIED, hit.lastModified());
        }
        if (hit.link() != null) {
            response.putHeader("Link", hit.link());
        }
        if (notModified(request, hit)) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, hit.contentType())
                .end(Buffer.buffer(Unpooled.wrappedBuffer(hit.body())));
    }

    private void keep(RoutingContext ctx, Ticket ticket) {
        Rendered rendered = ctx.get(CacheStore.RENDERED);
        HttpServerResponse response = ctx.response();
        if (rendered == null || response.getStatusCode() != 200) {
            return;
        }
        List<String> vary = new ArrayList<>();
        for (String header : response.headers().getAll(HttpHeaders.VARY)) {
            for (String name : header.split(",")) {
                // Origin is CORS's, which adds it to every answer, hits included.
                if (!name.isBlank() && !name.trim().equalsIgnoreCase("Origin")) {
                    vary.add(name.trim());
                }
            }
        }
        Object template = ((HttpServerRequestInternal) ctx.request()).context().getLocal(URL_TEMPLATE);
        cache.put(ticket.key(), rendered.varying(vary, template instanceof String t ? t : null), ticket.generation());
    }

    /**
     * What the answer depends on besides the audience: the address as the client wrote it (links in
     * ninjs and feeds are absolute) and {@code Accept} (the story's formats).
     */
    private static String key(HttpServerRequest request) {
        StringBuilder key = new StringBuilder(160).append(request.uri()).append('\n')
                .append(orEmpty(request.getHeader(HttpHeaders.ACCEPT))).append('\n')
                .append(orEmpty(request.getHeader(HttpHeaders.HOST)));
        String forwarded = request.getHeader("X-Forwarded-Host");
        if (forwarded != null) {
            key.append('\n').append(forwarded).append(orEmpty(request.getHeader("X-Forwarded-Proto")));
        }
        String standard = request.getHeader("Forwarded");
        if (standard != null) {
            key.append('\n').append(standard);
        }
        return key.toString();
    }

    private static boolean notModified(HttpServerRequest request, Rendered hit) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, hit.etag());
        }
        String since = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (since == null || hit.lastModified() == null) {
            return false;
        }
        try {
            DateTimeFormatter http = DateTimeFormatter.RFC_1123_DATE_TIME;
            return !ZonedDateTime.parse(hit.lastModified(), http).isAfter(ZonedDateTime.parse(since.trim(), http));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** RFC 9110 weak comparison, as If-None-Match asks: {@code W/} prefixes are ignored. */
    static boolean matches(String ifNoneMatch, String etag) {
        String current = weakless(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || weakless(tag).equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static String weakless(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A miss on its way to the REST layer: where to keep the answer, and the generation it began in. */
    record Ticket(String key, long generation) {
    }
}
