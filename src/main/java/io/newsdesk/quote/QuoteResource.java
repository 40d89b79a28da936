package io.newsdesk.quote;

import java.time.Clock;
import io.newsdesk.common.Params;
import io.newsdesk.common.Precondition;
import io.newsdesk.common.security.Caller;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleResource;
import io.newsdesk.common.Cursor;
import io.newsdesk.common.HttpCaching;
import io.newsdesk.common.Page;
import io.newsdesk.common.Problem;
import io.newsdesk.common.ProblemException;
import io.newsdesk.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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

/**
 * Quotes across stories. Their responses carry the story's headline and the speaker, which change apart from
 * the quote, so they are validated by ETag alone, without Last-Modified.
 */
@Path("/quotes")
@Tag(name = "Quotes")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {
    static final String EXAMPLE = """
            {"text": "Quotas are not a bargaining chip", "speaker": {"name": "Petra Lindqvist", "role": "spokesperson",
             "organisation": "Coastal Affairs Ministry"}, "blockIndex": 3}""";

    private final Clock clock;
    private final QuoteService service;
    private final HttpCaching caching;
    private final Caller caller;

    public QuoteResource(QuoteService service, HttpCaching caching, Caller caller, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.caching = caching;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List quotes", description = "Newest story first, with keyset pagination. Readers see the "
            + "quotes of published stories only; editors also those of drafts and orphaned quotes.")
    @APIResponse(responseCode = "200", description = "One page of quotes; a Link header points to the next page.",
            headers = @Header(name = "Link", description = "<…>; rel=\"next\" when another page exists", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = QuotePage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Response list(@Context UriInfo uri, @Context Request request,
            @Parameter(description = "Speaker slug.") @QueryParam("speaker") String speaker,
            @Parameter(description = "Article id (UUID) or slug.") @QueryParam("article") String article,
            @Parameter(description = "Words the quote contains; case and accents do not matter.") @QueryParam("q") String q,
            @Parameter(description = "BCP 47 language tag of the quotes.") @QueryParam("lang") String lang,
            @Parameter(description = "From stories published at or after this RFC 3339 time.") @QueryParam("since") String since,
            @Parameter(description = "Page size, 1 to 100 (default 20).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        int size = Page.limit(limit);
        String words = q == null ? "" : SpeakerNames.fold(q);
        Page<QuoteView> page = service.list(Params.blankToNull(speaker) == null ? null : speaker.strip().toLowerCase(Locale.ROOT),
                Params.blankToNull(article), words.isEmpty() ? null : words, ArticleResource.language(lang),
                ArticleResource.time("since", since), Viewer.of(caller, clock), Cursor.decode(cursor), size);
        return caching.okPage(request, uri, page, null, caller.authenticated());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a quote", description = "With its speaker and story, enough to render it.")
    @APIResponse(responseCode = "200", description = "The quote.",
            content = @Content(schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such quote, or its story is not published.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "Editors only: the quote's story was deleted.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@Context Request request, @Parameter(description = "Quote id.") @PathParam("id") String id) {
        QuoteView quote = service.find(uuid(id), Viewer.of(caller, clock))
                .orElseThrow(() -> ProblemException.notFound("No published quote '" + id + "'."));
        return caching.ok(request, quote, MediaType.APPLICATION_JSON_TYPE, null, quote.revision(),
                caller.authenticated());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Replace a quote", description = "Needs If-Match with the quote's current ETag. The text "
            + "must occur in the story's body; the quote moves to where it does.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = QuoteInput.class),
            examples = @ExampleObject(name = "quote", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The new revision.",
            content = @Content(schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "404", description = "No such quote.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Another quote has those words at that place.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "The quote's story was deleted.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match is stale.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The text does not occur in the story's body.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match is missing.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, QuoteInput input) {
        return written(caching, Response.ok(), service.replace(uuid(id), input, Precondition.ifMatch(ifMatch, true)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Delete a quote", description = "Refused while a quote block of the story shows it. "
            + "If-Match is checked when sent.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such quote.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "A quote block of the story shows the quote.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "The quote's story was deleted.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match is stale.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(uuid(id), Precondition.ifMatch(ifMatch, false));
        return Response.noContent().build();
    }

    /** A write's answer: the quote as editors see it, its ETag for the next If-Match, never cached. */
    static Response written(HttpCaching caching, Response.ResponseBuilder response, QuoteView quote) {
        return response.entity(quote).tag(caching.tagFor(quote, quote.revision()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    static UUID uuid(String id) {
        return Params.idOr404(id, "No quote with id '" + id + "'.");
    }



    /** Named page schema for the contract. */
    @Schema(name = "QuotePage")
    record QuotePage(@Schema(required = true) List<QuoteView> items,
            @Schema(required = true, nullable = true) String next) {
    }
}
