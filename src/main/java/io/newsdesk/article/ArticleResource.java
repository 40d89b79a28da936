package io.newsdesk.article;

import io.newsdesk.common.DomainException;
import io.newsdesk.common.Params;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.common.security.Caller;
import io.newsdesk.common.Precondition;
import io.newsdesk.common.Time;
import io.newsdesk.common.Cursor;
import io.newsdesk.common.FieldError;
import io.newsdesk.common.HttpCaching;
import io.newsdesk.common.Page;
import io.newsdesk.common.cache.SurrogateKeys;
import io.newsdesk.common.Problem;
import io.newsdesk.common.ProblemException;
import io.newsdesk.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/articles")
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    static final String MERGE_PATCH = "application/merge-patch+json";
    /** The formats feed offers through {@link StoryFormat}, named here for the contract. */
    private static final String NINJS = "application/ninjs+json";
    /** What a section's slug looks like (sections' own rule). */
    private static final Pattern SECTION_SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String JSON_LD = "application/ld+json";
    private static final String EXAMPLE = """
            {"headline": "Harbour bridge reopens after six-month repair", "standfirst": "Commuters regain the direct route into the old town.",
             "language": "en", "section": "politics", "tags": ["transport"], "authors": ["Staff reporter"], "dateline": "Portmere",
             "body": [{"type": "paragraph", "text": "The bridge reopened at <em>dawn</em> on Monday."}], "status": "draft"}""";

    private final Clock clock;
    private final ArticleService service;
    private final HttpCaching caching;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final StoryFormats formats;

    public ArticleResource(ArticleService service, HttpCaching caching, Caller caller, ObjectMapper mapper,
            StoryFormats formats, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.caching = caching;
        this.caller = caller;
        this.mapper = mapper;
        this.formats = formats;
    }

    @GET
    @Operation(summary = "List stories", description = "Newest first, as teasers, with keyset pagination. Anonymous "
            + "readers see published stories only; editors also see drafts, scheduled and unpublished stories.")
    @APIResponse(responseCode = "200", description = "One page of teasers; a Link header points to the next page.",
            headers = @Header(name = "Link", description = "<…>; rel=\"next\" when another page exists", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TeaserPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Response list(@Context UriInfo uri, @Context Request request,
            @Parameter(description = "Section slug.") @QueryParam("section") String section,
            @Parameter(description = "Tag.") @QueryParam("tag") String tag,
            @Parameter(description = "Author byline, exactly as written.") @QueryParam("author") String author,
            @Parameter(description = "BCP 47 language tag.") @QueryParam("lang") String lang,
            @Parameter(description = "Published at or after this RFC 3339 time.") @QueryParam("since") String since,
            @Parameter(description = "Published before this RFC 3339 time.") @QueryParam("until") String until,
            @Parameter(description = "Editors only: draft, scheduled, published or unpublished.") @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 100 (default 20).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        Audience audience = Audience.of(caller);
        int size = Page.limit(limit);
        Instant now = Time.now(clock);
        ArticleRepository.Filter filter = new ArticleRepository.Filter(lower(section), lower(tag), Params.blankToNull(author),
                language(lang), time("since", since), time("until", until), status(status, audience.editorial()),
                audience, now);
        Page<TeaserView> page = service.teasers(filter, Cursor.decode(cursor), size);
        Instant modified = page.items().stream().map(TeaserView::updatedAt).max(Comparator.naturalOrder()).orElse(null);
        // Every recorded change purges the lists across sections, so a reader's page is kept as rendered.
        Set<String> keys = new LinkedHashSet<>(SurrogateKeys.list(SurrogateKeys.LISTS,
                page.items().stream().map(TeaserView::id).toList()));
        if (filter.section() != null && SECTION_SLUG.matcher(filter.section()).matches()) {
            // A filter no slug can match has an empty page, which the lists' key covers: creating a section
            // purges it. Unchecked, its text would be a header value and split into other keys.
            keys.add(SurrogateKeys.section(filter.section()));
        }
        return caching.okPage(request, uri, page, modified, caller.authenticated(), keys);
    }

    @GET
    @Path("/{article}")
    // */* lets any Accept reach the method, so that a refusal can name the media types on offer.
    @Produces({ MediaType.APPLICATION_JSON, NINJS, JSON_LD, MediaType.WILDCARD })
    @Operation(summary = "Get a story", description = "By id or slug. `format=html` or `format=text` adds the body "
            + "rendered as sanitised HTML (bodyHtml) or plain text (bodyText). The story is also served as IPTC "
            + "ninjs 2.2 (`Accept: application/ninjs+json` or `format=ninjs`) and as a schema.org NewsArticle "
            + "(`Accept: application/ld+json` or `format=jsonld`). In ninjs, partners also receive stories that "
            + "were withdrawn after publication, with pubstatus `canceled`.")
    @APIResponse(responseCode = "200", description = "The story.",
            headers = @Header(name = "Vary", description = "Accept: the representation depends on it.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)),
                @Content(mediaType = NINJS, schema = @Schema(ref = "NinjsItem")),
                @Content(mediaType = JSON_LD, schema = @Schema(ref = "NewsArticle")) })
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such story, or not published.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "Accept allows none of application/json, application/ninjs+json "
            + "and application/ld+json; supportedMediaTypes lists them.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "Editors only: the story was deleted.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@Context Request request, @Context UriInfo uri,
            @Parameter(description = "Article id (UUID) or slug.") @PathParam("article") String key,
            @Parameter(description = "Language of the slug, when the slug exists in several.") @QueryParam("lang") String lang,
            @Parameter(description = "json (default), html or text; or ninjs or jsonld, which override Accept.",
                    schema = @Schema(enumeration = { "json", "html", "text", "ninjs", "jsonld" }))
            @QueryParam("format") String format) {
        Optional<StoryFormat> other = formats.negotiate(request, format);
        if (other.isPresent()) {
            StoryFormat.Rendered rendered = other.get().render(key, language(lang));
            return caching.ok(request, rendered.body(), other.get().mediaType(), rendered.modified(),
                    rendered.revision(), caller.authenticated(), storyKeys(rendered.id(), rendered.section()));
        }
        ArticleView.Format rendering = format(format);
        ArticleView view = service.read(key, language(lang), Audience.of(caller), rendering)
                .orElseThrow(() -> ProblemException.notFound("No published article '" + key + "'."));
        return caching.ok(request, view, MediaType.APPLICATION_JSON_TYPE, view.updatedAt(), view.revision(),
                caller.authenticated(), storyKeys(view.id(), view.section().slug()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Create a story", description = "Status draft by default; `published` publishes now, or "
            + "schedules it with a future publishAt.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArticleInput.class),
            examples = @ExampleObject(name = "draft", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new story.",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken in that language.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The body outgrows a story once sanitised (body-too-large).",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@Context UriInfo uri, ArticleInput input) {
        ArticleView article = service.create(input, caller.name());
        return written(Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, HttpCaching.location(uri, ArticleResource.class, article.id().toString())), article);
    }

    @PUT
    @Path("/{article}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Replace a story", description = "Needs If-Match with the story's current ETag. Omitted "
            + "slug, language and status keep their current values.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArticleInput.class)))
    @APIResponse(responseCode = "200", description = "The new revision.",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such story.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The slug is taken.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "The story was deleted.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match is stale.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match is missing.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The body outgrows a story once sanitised (body-too-large).",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response replace(@PathParam("article") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ArticleInput input) {
        return written(Response.ok(), service.replace(uuid(id), input, Precondition.ifMatch(ifMatch, true), caller.name()));
    }

    @PATCH
    @Path("/{article}")
    @Consumes(MERGE_PATCH)
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Edit part of a story", description = "An RFC 7396 JSON merge patch of the story as editors "
            + "write it; `null` removes a field. Needs If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH,
            schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "headline",
                    value = "{\"headline\": \"Harbour bridge reopens a week early\"}")))
    @APIResponse(responseCode = "200", description = "The new revision.",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such story.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The slug is taken.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "The story was deleted.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match is stale.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match is missing.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The body outgrows a story once sanitised (body-too-large).",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response patch(@PathParam("article") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body)
            throws JsonProcessingException {
        UUID articleId = uuid(id);
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("The request needs a JSON merge patch body.");
        }
        return written(Response.ok(), service.patch(articleId, mapper.readTree(body), Precondition.ifMatch(ifMatch, true), caller.name()));
    }

    @DELETE
    @Path("/{article}")
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Delete a story", description = "Leaves a tombstone: readers get 404, editors 410, and the "
            + "slug stays reserved. If-Match is checked when sent.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such story.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "Already deleted.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match is stale.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete(@PathParam("article") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(uuid(id), Precondition.ifMatch(ifMatch, false), caller.name());
        return Response.noContent().build();
    }

    @POST
    @Path("/{article}/publish")
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Publish a story", description = "Now, or at `publishAt` (a future time schedules it). "
            + "Publishing a published story changes nothing. If-Match is checked when sent.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishRequest.class)))
    @APIResponse(responseCode = "200", description = "The story, published or scheduled.",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such story.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "The story was deleted.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match is stale.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response publish(@PathParam("article") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context HttpHeaders headers, String body) throws JsonProcessingException {
        UUID articleId = uuid(id);
        // The body is optional, so any media type passes routing (clients send forms' types with no body);
        // a body that is there must be JSON.
        if (body != null && !body.isBlank() && !MediaType.APPLICATION_JSON_TYPE.isCompatible(headers.getMediaType())) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                    "A publish request's body must be application/json.", null, null);
        }
        PublishRequest publish = body == null || body.isBlank() ? new PublishRequest(null)
                : mapper.readValue(body, PublishRequest.class);
        if (publish == null) {
            throw DomainException.malformed("The body, when sent, must be a JSON object such as {\"publishAt\": null}.");
        }
        return written(Response.ok(), service.publish(articleId, publish.publishAt(), Precondition.ifMatch(ifMatch, false), caller.name()));
    }

    @POST
    @Path("/{article}/unpublish")
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Unpublish a story", description = "Takes a published or scheduled story off the public API.")
    @APIResponse(responseCode = "200", description = "The story, unpublished.",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such story.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The story is not published.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "The story was deleted.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match is stale.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response unpublish(@PathParam("article") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return written(Response.ok(), service.unpublish(uuid(id), Precondition.ifMatch(ifMatch, false), caller.name()));
    }

    @GET
    @Path("/{article}/revisions")
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "List a story's revisions", description = "Every saved state, newest first.")
    @APIResponse(responseCode = "200", description = "One page of revisions.",
            content = @Content(schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "404", description = "No such story.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "The story was deleted.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response revisions(@Context UriInfo uri, @PathParam("article") String id,
            @Parameter(description = "Page size, 1 to 100 (default 20).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        Page<RevisionView> page = service.revisions(uuid(id), cursor, Page.limit(limit));
        Response.ResponseBuilder response = Response.ok(page).header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (page.next() != null) {
            response.header("Link", HttpCaching.nextLink(uri, page.next()));
        }
        return response.build();
    }

    /** A write's answer: the story as editors see it, its ETag for the next If-Match, never cached. */
    private Response written(Response.ResponseBuilder response, ArticleView view) {
        return response.entity(view).tag(caching.tagFor(view, view.revision()))
                .lastModified(java.util.Date.from(view.updatedAt()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    /** A story in any format shows the story and its section's name. */
    private static java.util.Set<String> storyKeys(UUID id, String section) {
        return java.util.Set.of(SurrogateKeys.story(id), SurrogateKeys.storiesIn(section));
    }

    private static UUID uuid(String id) {
        return Params.idOr404(id, "No article with id '" + id + "'; writes address stories by id.");
    }

    private static ArticleView.Format format(String format) {
        if (format == null || format.isBlank()) {
            return ArticleView.Format.JSON;
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> ArticleView.Format.JSON;
            case "html" -> ArticleView.Format.HTML;
            case "text" -> ArticleView.Format.TEXT;
            default -> throw ProblemException.invalid(FieldError.parameter("format", "must be json, html or text"));
        };
    }

    private static ArticleStatus status(String status, boolean editor) {
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!editor) {
            throw ProblemException.invalid(FieldError.parameter("status", "is available to editors only"));
        }
        try {
            return ArticleStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(FieldError.parameter("status",
                    "must be draft, scheduled, published or unpublished"));
        }
    }

    /** Checks and normalises a {@code lang} parameter (BCP 47); null when absent. */
    public static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        if (!lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            throw ProblemException.invalid(FieldError.parameter("lang", "must be a BCP 47 language tag such as en"));
        }
        return Locale.forLanguageTag(lang).toLanguageTag();
    }

    public static Instant time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant at = Time.micros(OffsetDateTime.parse(value.trim()).toInstant());
            if (!Time.storable(at)) {
                throw ProblemException.invalid(FieldError.parameter(name, Time.RANGE_MESSAGE));
            }
            return at;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(FieldError.parameter(name, "must be an RFC 3339 time such as 2026-05-01T09:30:00Z"));
        }
    }

    private static String lower(String value) {
        String v = Params.blankToNull(value);
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }



    /** Named page schemas for the contract. */
    @Schema(name = "TeaserPage")
    record TeaserPage(@Schema(required = true) java.util.List<TeaserView> items,
            @Schema(required = true, nullable = true) String next) {
    }

    @Schema(name = "RevisionPage")
    record RevisionPage(@Schema(required = true) java.util.List<RevisionView> items,
            @Schema(required = true, nullable = true) String next) {
    }
}
