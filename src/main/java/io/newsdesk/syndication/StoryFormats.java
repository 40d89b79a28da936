package io.newsdesk.syndication;

import io.newsdesk.common.FieldError;
import io.newsdesk.common.HttpCaching;
import io.newsdesk.common.ProblemException;
import io.newsdesk.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import java.util.Locale;

/**
 * The representations of one story: its JSON view (the article feature's own), IPTC ninjs 2.2 and
 * schema.org JSON-LD, chosen by {@code ?format} or else by {@code Accept}.
 */
@ApplicationScoped
public class StoryFormats {
    public static final MediaType NINJS = MediaType.valueOf(NinjsWriter.MEDIA_TYPE);
    public static final MediaType JSON_LD = MediaType.valueOf(JsonLdWriter.MEDIA_TYPE);
    /** In order of preference: {@code Accept: *}{@code /*} and ties get the first. */
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, NINJS, JSON_LD)
            .build();
    private static final List<String> SUPPORTED = VARIANTS.stream().map(v -> v.getMediaType().toString()).toList();

    private final SyndicationService syndication;
    private final HttpCaching caching;
    private final Caller caller;

    public StoryFormats(SyndicationService syndication, HttpCaching caching, Caller caller) {
        this.syndication = syndication;
        this.caching = caching;
        this.caller = caller;
    }

    /**
     * The media type to answer with. {@code ?format} wins when given (json, html and text are renderings
     * of the JSON view); otherwise {@code Accept} is weighed with its q-values, and nothing acceptable is a
     * 406 naming the supported types. Either way the response says {@code Vary: Accept}: selecting a
     * variant adds it (JAX-RS {@link Request#selectVariant}), to 304 answers too.
     */
    public MediaType negotiate(Request request, String format) {
        Variant chosen = request.selectVariant(VARIANTS);
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "json", "html", "text" -> MediaType.APPLICATION_JSON_TYPE;
                case "ninjs" -> NINJS;
                case "jsonld" -> JSON_LD;
                default -> throw ProblemException.invalid(FieldError.parameter("format",
                        "must be json, html, text, ninjs or jsonld"));
            };
        }
        if (chosen == null) {
            throw ProblemException.notAcceptable(SUPPORTED);
        }
        return chosen.getMediaType();
    }

    /** The story in a syndication format (not the JSON view), with caching headers. */
    public Response render(Request request, UriInfo uri, MediaType type, String key, String language) {
        Masthead masthead = syndication.masthead(uri.getBaseUri());
        SyndicationService.Rendered rendered = NINJS.equals(type) ? syndication.ninjs(key, language, masthead)
                : syndication.jsonLd(key, language, masthead);
        return caching.ok(request, rendered.body(), type, rendered.modified(), rendered.revision(),
                caller.authenticated());
    }
}
