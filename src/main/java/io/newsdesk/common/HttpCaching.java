package io.newsdesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.common.cache.SurrogateKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Set;
import java.util.HexFormat;

/**
 * Cacheable GET responses: the body is serialised once here so its ETag is the hash of exactly the
 * bytes sent; {@code If-None-Match} and {@code If-Modified-Since} answer 304.
 */
@ApplicationScoped
public class HttpCaching {
    private final ObjectMapper mapper;
    private final NewsdeskConfig config;

    public HttpCaching(ObjectMapper mapper, NewsdeskConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    /**
     * @param revision for a single versioned resource, its revision: the ETag then reads
     *        {@code "r<revision>-<hash>"} and doubles as the {@code If-Match} value for writes
     * @param unlocked whether a token unlocked anything in this response: then it must not be stored
     */
    public Response ok(Request request, Object body, MediaType type, Instant lastModified, Integer revision,
            boolean unlocked) {
        return ok(request, body, type, lastModified, revision, unlocked, Set.of());
    }

    /**
     * The same, filed under surrogate keys: a public answer then carries {@code Surrogate-Key}, and the
     * rendered-bytes cache ({@link io.newsdesk.common.cache}) keeps it until a write purges one of them.
     */
    public Response ok(Request request, Object body, MediaType type, Instant lastModified, Integer revision,
            boolean unlocked, Collection<String> surrogateKeys) {
        byte[] bytes = serialise(body);
        String hash = hash(bytes);
        EntityTag etag = new EntityTag(revision == null ? hash : "r" + revision + "-" + hash);
        Date modified = lastModified == null ? null : Date.from(lastModified);
        Response.ResponseBuilder notModified = modified == null ? request.evaluatePreconditions(etag)
                : request.evaluatePreconditions(modified, etag);
        if (notModified != null) {
            // Request.selectVariant already put its Vary on the response; the 304 builder would repeat it.
            notModified.header(HttpHeaders.VARY, null);
        }
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(bytes, type);
        response.tag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl(unlocked));
        if (modified != null) {
            response.lastModified(modified);
        }
        if (!unlocked && !surrogateKeys.isEmpty()) {
            response.header(SurrogateKeys.HEADER, SurrogateKeys.header(surrogateKeys));
        }
        return response.build();
    }

    /** A cacheable page of a list, with {@code Link: <…>; rel="next"} when another page follows. */
    public Response okPage(Request request, UriInfo uri, Page<?> page, Instant lastModified, boolean unlocked) {
        return okPage(request, uri, page, lastModified, unlocked, Set.of());
    }

    /** A page filed under surrogate keys (see {@link #ok(Request, Object, MediaType, Instant, Integer, boolean, Collection)}). */
    public Response okPage(Request request, UriInfo uri, Page<?> page, Instant lastModified, boolean unlocked,
            Collection<String> surrogateKeys) {
        Response response = ok(request, page, MediaType.APPLICATION_JSON_TYPE, lastModified, null, unlocked,
                surrogateKeys);
        return page.next() == null ? response
                : Response.fromResponse(response).header("Link", nextLink(uri, page.next())).build();
    }

    public String cacheControl(boolean unlocked) {
        return unlocked ? "private, no-store"
                : "public, max-age=" + config.cache().maxAge() + ", stale-while-revalidate="
                        + config.cache().staleWhileRevalidate();
    }

    /** The ETag a write response carries; equal to the one a GET by an editor returns. */
    public EntityTag tagFor(Object body, int revision) {
        return new EntityTag("r" + revision + "-" + hash(serialise(body)));
    }

    /** A link to the same request with the cursor replaced, for {@code Link: rel="next"}. */
    public static String nextLink(UriInfo uri, String next) {
        return "<" + nextUrl(uri, next) + ">; rel=\"next\"";
    }

    /** The same request with the cursor replaced: the absolute address of the next page. */
    public static URI nextUrl(UriInfo uri, String next) {
        return uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build();
    }

    private byte[] serialise(Object body) {
        try {
            return body instanceof byte[] bytes ? bytes
                    : body instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                            : mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
