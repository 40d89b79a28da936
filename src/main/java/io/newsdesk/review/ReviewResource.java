package io.newsdesk.review;

import io.newsdesk.common.ClientAddress;

import io.newsdesk.common.Params;
import io.newsdesk.article.Audience;

import io.newsdesk.common.security.Caller;
import io.newsdesk.common.Cursor;
import io.newsdesk.common.HttpCaching;
import io.newsdesk.common.Page;
import io.newsdesk.common.Problem;
import io.newsdesk.common.ProblemException;
import io.newsdesk.common.security.Role;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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

/** The reviews under a story: what readers read and submit, and whether the story takes them. */
@Path("/articles/{article}/reviews")
@Tag(name = "Reviews", description = "Reader reviews: submitted by anyone, shown once a moderator approves them.")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {
    private static final String EXAMPLE = """
            {"rating": 4, "title": "Clear and fair", "body": "A calm account of a long night in parliament, with both sides quoted.",
             "authorName": "Mara Lindqvist", "email": "mara@example.org"}""";

    private final ReviewService service;
    private final SubmissionLimiter limiter;
    private final HttpCaching caching;
    private final Caller caller;

    public ReviewResource(ReviewService service, SubmissionLimiter limiter, HttpCaching caching,
            Caller caller) {
        this.service = service;
        this.limiter = limiter;
        this.caching = caching;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List a story's reviews", description = "Approved reviews only, newest first, with keyset "
            + "pagination, the summary of all approved reviews and whether the story takes new ones.")
    @APIResponse(responseCode = "200", description = "One page of reviews; a Link header points to the next page.",
            headers = @Header(name = "Link", description = "<…>; rel=\"next\" when another page exists", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReviewList.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such story, or not published.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Context UriInfo uri, @Context Request request,
            @Parameter(description = "Article id (UUID) or slug.") @PathParam("article") String article,
            @Parameter(description = "Page size, 1 to 100 (default 20).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        ReviewList list = service.approved(article, Cursor.decode(cursor), Page.limit(limit), Audience.of(caller));
        // No Last-Modified: approving an old review changes the list without a newer time to show for it.
        Response response = caching.ok(request, list, MediaType.APPLICATION_JSON_TYPE, null, null,
                caller.authenticated());
        return list.next() == null ? response
                : Response.fromResponse(response).header("Link", HttpCaching.nextLink(uri, list.next())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a review", description = "No token needed. Every accepted submission waits for a "
            + "moderator; the answer is the same whatever the spam checks decided. Limited per client address.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReviewInput.class),
            examples = @ExampleObject(name = "review", value = EXAMPLE)))
    @APIResponse(responseCode = "202", description = "Received; it appears once a moderator approves it.",
            content = @Content(schema = @Schema(implementation = ReviewReceipt.class)))
    @APIResponse(responseCode = "404", description = "No such story, or not published.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The story takes no more reviews (reviews-closed), or this "
            + "author already sent this text about it (duplicate-review).",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Too many submissions from this address.",
            headers = @Header(name = "Retry-After", description = "Seconds until a submission is accepted again.",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response submit(@Context HttpServerRequest http,
            @Parameter(description = "Article id (UUID) or slug.") @PathParam("article") String article,
            ReviewInput input) {
        limiter.acquire(ClientAddress.of(http));
        ReviewReceipt receipt = service.submit(article, input, Audience.of(caller));
        return Response.accepted(receipt).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.EDITOR_NAME, Role.MODERATOR_NAME })
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Open or close a story for reviews", description = "Editors and moderators. A closed story "
            + "refuses new reviews with 409; its approved reviews stay visible. Editors may set it on drafts too; "
            + "for moderators a story readers cannot see (draft, scheduled, embargoed, withdrawn) is not found.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SettingsView.Input.class),
            examples = @ExampleObject(name = "close", value = "{\"closed\": true}")))
    @APIResponse(responseCode = "200", description = "The settings now in force.",
            content = @Content(schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "404", description = "No such story.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "The story was deleted.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Another request set them at the same time; nothing was saved.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response settings(@Parameter(description = "Article id (UUID).") @PathParam("article") String article,
            SettingsView.Input input) {
        SettingsView settings = service.settings(articleId(article), input, Audience.of(caller), caller.name());
        return Response.ok(settings).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    private static UUID articleId(String id) {
        return Params.idOr404(id, "No article with id '" + id + "'; writes address stories by id.");
    }
}
