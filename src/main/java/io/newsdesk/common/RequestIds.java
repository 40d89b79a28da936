package io.newsdesk.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The HTTP edge, below the REST layer: a request id on every request and response (the access log,
 * {@code quarkus.http.access-log.*}, prints it), the request size limit, and problem answers for routes
 * nothing else serves.
 */
@ApplicationScoped
class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final ProblemWriter problems;
    private final NewsdeskConfig config;

    public RequestIds(ProblemWriter problems, NewsdeskConfig config) {
        this.problems = problems;
        this.config = config;
    }

    void registerEdge(@Observes Filters filters) {
        filters.register(ctx -> {
            HttpServerRequest request = ctx.request();
            String given = request.getHeader(HEADER);
            String id = given != null && CLIENT_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
            // Stored on the request itself so every later layer (mappers included) can read it.
            request.headers().set(HEADER, id);
            ctx.response().putHeader(HEADER, id);
            MDC.put("requestId", id);
            // Bulk imports are read line by line, never whole; quarkus.http.limits.max-body-size bounds them.
            if (declaredLength(request) > config.maxRequestBytes() && !request.path().equals("/api/v1/import")) {
                problems.send(ctx, 413, "payload-too-large", "Payload too large",
                        "The request body is larger than " + config.maxRequestBytes() + " bytes.");
                return;
            }
            ctx.next();
        }, 10_000);
    }

    void registerFallback(@Observes Router router) {
        // Runs only when no other route (REST resources, /q/*) answered the request.
        router.route().order(Integer.MAX_VALUE).handler(ctx -> problems.send(ctx, 404, "not-found", "Not Found",
                "No resource at " + ctx.request().path() + "."));
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
