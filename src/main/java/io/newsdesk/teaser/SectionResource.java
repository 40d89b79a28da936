package io.newsdesk.teaser;

import io.newsdesk.common.Problem;
import io.newsdesk.article.Audience;

import io.newsdesk.article.TeaserView;
import io.newsdesk.article.Section;
import io.newsdesk.common.security.Caller;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleResource;
import io.newsdesk.article.ArticleService;
import io.newsdesk.common.Time;
import io.newsdesk.common.Cursor;
import io.newsdesk.common.HttpCaching;
import io.newsdesk.common.Page;
import io.newsdesk.common.Params;
import io.newsdesk.common.cache.SurrogateKeys;
import java.util.Set;
import io.newsdesk.common.ProblemException;
import io.newsdesk.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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

@Path("/sections")
@Tag(name = "Sections", description = "Section fronts and rails: the desks, their story counts and their newest teasers.")
@Produces(MediaType.APPLICATION_JSON)
public class SectionResource {
    private static final String EXAMPLE = """
            {"slug": "climate", "name": "Climate", "description": "Weather, emissions and the energy transition."}""";

    private final Clock clock;
    private final SectionService service;
    private final ArticleService articles;
    private final HttpCaching caching;
    private final Caller caller;

    public SectionResource(SectionService service, ArticleService articles, HttpCaching caching, Caller caller, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.articles = articles;
        this.caching = caching;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List sections", description = "Every section by name, with the number of stories readers "
            + "can see in it and when the newest was published. Partner keys limited to some sections see only those.")
    @APIResponse(responseCode = "200", description = "All sections, on one page.",
            content = @Content(schema = @Schema(implementation = SectionPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Response list(@Context Request request) {
        SectionPage page = new SectionPage(service.list(Audience.of(caller)), null);
        return caching.ok(request, page, MediaType.APPLICATION_JSON_TYPE, null, null, caller.authenticated(),
                Set.of(SurrogateKeys.LISTS));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get a section", description = "One section with its story count and newest publication time.")
    @APIResponse(responseCode = "200", description = "The section.",
            content = @Content(schema = @Schema(implementation = SectionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such section.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@Context Request request, @Parameter(description = "Section slug.") @PathParam("slug") String slug) {
        SectionView section = readable(slug);
        return caching.ok(request, section, MediaType.APPLICATION_JSON_TYPE, null, null, caller.authenticated(),
                Set.of(SurrogateKeys.section(section.slug())));
    }

    @GET
    @Path("/{slug}/teasers")
    @Operation(summary = "List a section's teasers", description = "The section rail or front: teasers of the stories "
            + "readers can see in the section, newest first, with keyset pagination.")
    @APIResponse(responseCode = "200", description = "One page of teasers; a Link header points to the next page.",
            headers = @Header(name = "Link", description = "<…>; rel=\"next\" when another page exists", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(ref = "TeaserPage")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such section.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response teasers(@Context UriInfo uri, @Context Request request,
            @Parameter(description = "Section slug.") @PathParam("slug") String slug,
            @Parameter(description = "Only stories in this BCP 47 language.") @QueryParam("lang") String lang,
            @Parameter(description = "Page size, 1 to 100 (default 20).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        int size = Page.limit(limit);
        String language = ArticleResource.language(lang);
        Cursor after = Cursor.decode(cursor);
        SectionView section = readable(slug);
        Instant now = Time.now(clock);
        ArticleRepository.Filter filter = new ArticleRepository.Filter(section.slug(), null, null, language, null, null,
                null, Audience.of(caller).asReader(), now);
        Page<TeaserView> page = articles.teasers(filter, after, size);
        return caching.okPage(request, uri, page, null, caller.authenticated(),
                SurrogateKeys.list(SurrogateKeys.section(section.slug()), page.items().stream().map(TeaserView::id).toList()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Create a section", description = "A new desk stories can be filed in.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SectionInput.class),
            examples = @ExampleObject(name = "climate", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new section.",
            content = @Content(schema = @Schema(implementation = SectionView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@Context UriInfo uri, SectionInput input) {
        SectionView section = service.create(input);
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, HttpCaching.location(uri, SectionResource.class, section.slug()))
                .entity(section).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Replace a section", description = "Sets the name and description. The slug cannot change.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SectionInput.class),
            examples = @ExampleObject(name = "climate", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The section as saved.",
            content = @Content(schema = @Schema(implementation = SectionView.class)))
    @APIResponse(responseCode = "404", description = "No such section.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response replace(@Parameter(description = "Section slug.") @PathParam("slug") String slug, SectionInput input) {
        return Response.ok(service.replace(slug, input)).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Delete a section", description = "Only a section no story was ever filed in can be deleted: "
            + "drafts, unpublished and deleted stories keep their section.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such section.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The section has stories.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete(@Parameter(description = "Section slug.") @PathParam("slug") String slug) {
        service.delete(slug);
        return Response.noContent().build();
    }

    /** The section if this caller may see it; partner keys limited elsewhere get 404, as for stories. */
    private SectionView readable(String slug) {
        // A path segment is taken as sent: "/sections/%20" names no section (and not every section).
        return Params.name(slug).flatMap(key -> service.get(slug(key), Audience.of(caller)))
                .orElseThrow(() -> ProblemException.notFound("No section '" + slug + "'."));
    }

    @Schema(name = "SectionPage")
    record SectionPage(@Schema(required = true) List<SectionView> items,
            @Schema(required = true, nullable = true, description = "Always null: every section is on the one page.") String next) {
    }

    /** Slugs are lower case; a reader's "Politics" means politics. */
    static String slug(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
