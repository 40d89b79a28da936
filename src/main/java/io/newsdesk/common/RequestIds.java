package io.newsdesk.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The HTTP edge, below the REST layer: a request id on every request and response (the access log,
 * {@code quarkus.http.access-log.*}, prints it), the checks of headers ({@link HeaderText}) and request
 * targets ({@link RequestTarget}), the request size limit, and problem answers for routes nothing else serves.
 */
@ApplicationScoped
class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final Logger LOG = Logger.getLogger(RequestIds.class);
    /** Longer request targets get 414; the HTTP decoder's own limit is above it so the answer can be a problem. */
    static final int MAX_URI_LENGTH = 4096;
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
            String id = given != null && CLIENT_ID.matcher(given).matches() ? given : newId();
            // Stored on the request itself so every later layer (mappers included) can read it.
            request.headers().set(HEADER, id);
            ctx.response().putHeader(HEADER, id);
            MDC.put("requestId", id);
            ctx.addHeadersEndHandler(written -> removeUnsafeHeaders(ctx));
            String badHeader = HeaderText.fault(request.headers());
            if (badHeader != null) {
                // Before anything reads a header (the HTTP layer's own check is off: see NewsdeskMain).
                problems.send(ctx, 400, "bad-request", "Bad Request", badHeader);
                return;
            }
            if (request.uri().length() > MAX_URI_LENGTH) {
                problems.send(ctx, 414, "uri-too-long", "URI too long",
                        "The request target is longer than " + MAX_URI_LENGTH + " characters.");
                return;
            }
            String badTarget = RequestTarget.fault(request.uri());
            if (badTarget != null) {
                // Before any route decodes the path or the query.
                problems.send(ctx, 400, "bad-request", "Bad Request", badTarget);
                return;
            }
            if (hasBody(request) && request.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
                // Read as JSON by default otherwise; a body must say what it is.
                problems.send(ctx, 415, "unsupported-media-type", "Unsupported Media Type",
                        "The request has a body but no Content-Type; send Content-Type: application/json.");
                return;
            }
            // Bulk imports are read line by line, never whole; quarkus.http.limits.max-body-size bounds them.
            boolean limited = !request.path().equals("/api/v1/import");
            if (limited && declaredLength(request) > config.maxRequestBytes()) {
                tooLarge(ctx);
                return;
            }
            if (limited && declaredLength(request) < 0 && request.headers().contains(io.vertx.core.http.HttpHeaders.TRANSFER_ENCODING)) {
                // A chunked body declares no length: count it as it arrives, and hand the REST layer the
                // whole body only once it is known to fit.
                readWithin(ctx, config.maxRequestBytes());
                return;
            }
            ctx.next();
        }, 10_000);
    }

    private static void removeUnsafeHeaders(RoutingContext ctx) {
        List<String> removed = HeaderText.removeUnsafe(ctx.response().headers());
        if (!removed.isEmpty()) {
            LOG.errorf("Removed answer headers %s of %s %s: a value held a control character", removed,
                    ctx.request().method(), ctx.request().path());
        }
    }

    private void tooLarge(RoutingContext ctx) {
        problems.send(ctx, 413, "payload-too-large", "Payload too large",
                "The request body is larger than " + config.maxRequestBytes() + " bytes.");
    }

    private void readWithin(RoutingContext ctx, long max) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = { false };
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > max) {
                refused[0] = true;
                // The rest of the body is never read: close the connection after the answer.
                ctx.response().putHeader(io.vertx.core.http.HttpHeaders.CONNECTION, "close");
                tooLarge(ctx);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(done -> {
            if (!refused[0]) {
                ctx.setBody(body);
                ctx.next();
            }
        });
    }

    void registerFallback(@Observes Router router) {
        // Runs only when no other route (REST resources, /q/*) answered the request.
        router.route().order(Integer.MAX_VALUE).handler(ctx -> problems.send(ctx, 404, "not-found", "Not Found",
                "No resource at " + ctx.request().path() + "."));
    }

    private static boolean hasBody(HttpServerRequest request) {
        HttpMethod method = request.method();
        if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
            return false;
        }
        return declaredLength(request) > 0 || request.getHeader("Transfer-Encoding") != null;
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

    /**
     * A random (version 4) UUID from the thread's own generator: a request id names a request in the
     * logs and is no secret, and {@link UUID#randomUUID()} reads the system's secure source under a lock.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0x3L << 62) | (0x2L << 62);
        return new UUID(high, low).toString();
    }
}
