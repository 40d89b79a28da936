package io.newsdesk.quote;

import io.newsdesk.common.Problem;
import java.time.Clock;
import io.newsdesk.common.Cursor;
import io.newsdesk.common.HttpCaching;
import io.newsdesk.common.Page;
import io.newsdesk.common.ProblemException;
import io.newsdesk.common.security.Caller;
import io.newsdesk.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/speakers")
@Tag(name = "Speakers")
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerResource {
    private static final String PATH = "/api/v1/speakers/";

    private final Clock clock;
    private final QuoteService service;
    private final HttpCaching caching;
    private final Caller caller;

    public SpeakerResource(QuoteService service, HttpCaching caching, Caller caller, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.caching = caching;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List speakers", description = "People and groups quoted in stories, newest first, each "
            + "with the number of their quotes the caller may see. Readers see only speakers quoted in a published story.")
    @APIResponse(responseCode = "200", description = "One page of speakers; a Link header points to the next page.",
            headers = @Header(name = "Link", description = "<…>; rel=\"next\" when another page exists", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SpeakerPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Response list(@Context UriInfo uri, @Context Request request,
            @Parameter(description = "Words the name contains; case and accents do not matter.") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 100 (default 20).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        int size = Page.limit(limit);
        String words = q == null ? "" : SpeakerNames.fold(q);
        Page<SpeakerView> page = service.speakers(words.isEmpty() ? null : words, Viewer.of(caller, clock),
                Cursor.decode(cursor), size);
        return caching.okPage(request, uri, page, null, caller.authenticated());
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get a speaker", description = "With their quote count and latest quotes, newest first.")
    @APIResponse(responseCode = "200", description = "The speaker.",
            content = @Content(schema = @Schema(implementation = SpeakerView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "308", description = "The speaker was merged into another; Location is its URL.",
            headers = @Header(name = "Location", description = "URL of the speaker that remains", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such speaker, or none of their quotes is published.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@Context Request request, @Parameter(description = "Speaker slug.") @PathParam("slug") String slug) {
        String key = slug.toLowerCase(Locale.ROOT);
        Optional<SpeakerView> speaker = service.speaker(key, Viewer.of(caller, clock));
        if (speaker.isEmpty()) {
            return service.mergedInto(key)
                    .map(survivor -> Response.status(Response.Status.PERMANENT_REDIRECT).location(URI.create(PATH + survivor))
                            .build())
                    .orElseThrow(() -> ProblemException.notFound("No speaker '" + slug + "'."));
        }
        return caching.ok(request, speaker.get(), MediaType.APPLICATION_JSON_TYPE,
                null, null, caller.authenticated());
    }

    @POST
    @Path("/{slug}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Merge a speaker into another", description = "For two speakers that are one person or "
            + "group: the speaker named by `into` keeps all the quotes and fills a missing role or description "
            + "from this one. This speaker's slug then answers 308 with the survivor's URL, and their name and "
            + "organisation find the survivor when extraction meets them again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SpeakerChange.Merge.class)))
    @APIResponse(responseCode = "200", description = "The speaker that remains.",
            content = @Content(schema = @Schema(implementation = SpeakerView.class)))
    @APIResponse(responseCode = "404", description = "No such speaker.", content = @Content(mediaType = "application/problem+json"))
    public Response merge(@Parameter(description = "Slug of the speaker merged away.") @PathParam("slug") String slug,
            SpeakerChange.Merge input) {
        SpeakerView survivor = service.merge(slug.toLowerCase(Locale.ROOT), input);
        return Response.ok(survivor).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    @POST
    @Path("/{slug}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Split quotes off to another speaker", description = "For a speaker that is really two: "
            + "the listed quotes move to the speaker with the given name and organisation, created when new. "
            + "Splitting off a speaker merged earlier undoes the merge: their old slug is theirs again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SpeakerChange.Split.class)))
    @APIResponse(responseCode = "201", description = "The speaker the quotes moved to; Location is their URL.",
            content = @Content(schema = @Schema(implementation = SpeakerView.class)))
    @APIResponse(responseCode = "404", description = "No such speaker.", content = @Content(mediaType = "application/problem+json"))
    public Response split(@Parameter(description = "Slug of the speaker the quotes leave.") @PathParam("slug") String slug,
            SpeakerChange.Split input) {
        SpeakerView target = service.split(slug.toLowerCase(Locale.ROOT), input);
        return Response.created(URI.create(PATH + target.slug())).entity(target)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    /** Named page schema for the contract. */
    @Schema(name = "SpeakerPage")
    record SpeakerPage(@Schema(required = true) List<SpeakerView> items,
            @Schema(required = true, nullable = true) String next) {
    }
}
