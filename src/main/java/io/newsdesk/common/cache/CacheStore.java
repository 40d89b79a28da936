package io.newsdesk.common.cache;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps the answer to a cache miss when it is a public 200 whose resource named its surrogate keys:
 * only representations that are the same for every anonymous reader opt in that way.
 */
class CacheStore {
    private final RenderedCache cache;
    private final CurrentVertxRequest current;

    CacheStore(RenderedCache cache, CurrentVertxRequest current) {
        this.cache = cache;
        this.current = current;
    }

    @ServerResponseFilter
    public void store(ContainerResponseContext response) {
        RoutingContext ctx = current.getCurrent();
        CacheEdge.Ticket ticket = ctx == null ? null : ctx.get(CacheEdge.TICKET);
        if (ticket == null || response.getStatus() != 200 || !(response.getEntity() instanceof byte[] body)) {
            return;
        }
        String surrogate = response.getHeaderString(SurrogateKeys.HEADER);
        String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        String type = response.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (surrogate == null || etag == null || type == null || cacheControl == null
                || !cacheControl.startsWith("public")) {
            return;
        }
        List<String> vary = response.getStringHeaders().getOrDefault(HttpHeaders.VARY, List.of());
        cache.put(ticket.key(), new Rendered(body, type, etag, response.getHeaderString(HttpHeaders.LAST_MODIFIED),
                cacheControl, List.copyOf(vary), response.getHeaderString("Link"), surrogate,
                SurrogateKeys.parse(surrogate)), ticket.generation());
    }
}
