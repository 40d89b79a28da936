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
        Response.ResponseBuilder notModified = preconditions(request, modified, etag);
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

    /**
     * 304 when the client's copy is current, null to answer in full. An If-Modified-Since that is not a date
     * is ignored (RFC 9110, 13.1.3); an If-Match that fails is a 412 problem, like every refusal.
     */
    private static Response.ResponseBuilder preconditions(Request request, Date modified, EntityTag etag) {
        Response.ResponseBuilder answer;
        try {
            answer = modified == null ? request.evaluatePreconditions(etag) : request.evaluatePreconditions(modified, etag);
        } catch (RuntimeException unparseableDate) {
            answer = request.evaluatePreconditions(etag);
        }
        if (answer == null) {
            return null;
        }
        Response built = answer.build();
        if (built.getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    "If-Match names no current representation of this resource.", null, null);
        }
        return Response.fromResponse(built);
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

    /**
     * A link to the same request with the cursor replaced, for {@code Link: rel="next"}: a reference
     * relative to the request (RFC 8288), so nothing of it comes from the {@code Host} header.
     */
    public static String nextLink(UriInfo uri, String next) {
        return "<" + relative(uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build()) + ">; rel=\"next\"";
    }

    /** A {@code Location} for a created resource: its path, relative to the request (RFC 9110). */
    public static String location(UriInfo uri, Class<?> resource, String id) {
        return relative(uri.getBaseUriBuilder().path(resource).path(id).build());
    }

    /** The same request on the configured public address ({@code newsdesk.public-base-url}). */
    public String publicUrl(URI request) {
        return config.publicBaseUrl().replaceAll("/+$", "") + relative(request);
    }

    private static String relative(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
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
