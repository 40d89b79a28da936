package io.newsdesk.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin access for browser clients. An origin that is not allowed gets an ordinary answer with
 * no CORS headers, so the browser keeps it from the page; nothing is refused on the server's side, and
 * every answer, problems and 429s included, carries the headers a site needs to read.
 */
@ApplicationScoped
class Cors {
    static final String METHODS = "GET,HEAD,POST,PUT,PATCH,DELETE,OPTIONS";
    static final String HEADERS = "Authorization,Content-Type,Accept,If-Match,If-None-Match,If-Modified-Since,X-Request-Id";
    static final String EXPOSED = "ETag,Last-Modified,Location,Link,X-Request-Id,Retry-After,"
            + "RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset,RateLimit-Policy";
    static final String MAX_AGE = "86400";

    private final boolean anyOrigin;
    private final Set<String> origins;

    Cors(CorsConfig config) {
        this.anyOrigin = config.origins().contains("*");
        this.origins = Set.copyOf(config.origins().stream().map(Cors::normalise).toList());
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            String origin = request.getHeader(HttpHeaders.ORIGIN);
            HttpServerResponse response = ctx.response();
            response.headers().add(HttpHeaders.VARY, "Origin");
            if (origin == null || !allows(origin)) {
                ctx.next();
                return;
            }
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            if (request.method() == HttpMethod.OPTIONS
                    && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
                response.setStatusCode(200)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, HEADERS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE)
                        .putHeader(HttpHeaders.CONTENT_LENGTH, "0")
                        .end();
                return;
            }
            response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
            ctx.next();
        });
    }

    boolean allows(String origin) {
        return anyOrigin || origins.contains(normalise(origin));
    }

    private static String normalise(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
