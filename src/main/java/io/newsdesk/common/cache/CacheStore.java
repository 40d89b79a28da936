package io.newsdesk.common.cache;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Picks the answer to a cache miss to keep when it is a public 200 whose resource named its surrogate
 * keys: only representations that are the same for every anonymous reader opt in that way.
 */
class CacheStore {
    /** The answer to keep, for {@link CacheEdge} to put in the cache once the headers are written. */
    static final String RENDERED = "newsdesk.cache.rendered";

    private final CurrentVertxRequest current;

    CacheStore(CurrentVertxRequest current) {
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
        ctx.put(RENDERED, new Rendered(body, type, etag, response.getHeaderString(HttpHeaders.LAST_MODIFIED),
                cacheControl, List.of(), response.getHeaderString("Link"), surrogate, SurrogateKeys.parse(surrogate), null));
    }
}
