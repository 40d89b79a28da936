package io.newsdesk.review;

import io.newsdesk.article.Audience;
import io.newsdesk.common.Problem;
import io.newsdesk.common.Params;
import io.newsdesk.common.security.Caller;
import io.newsdesk.common.Precondition;
import io.newsdesk.common.Cursor;
import io.newsdesk.common.FieldError;
import io.newsdesk.common.HttpCaching;
import io.newsdesk.common.Page;
import io.newsdesk.common.ProblemException;
import io.newsdesk.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.List;
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

/** The moderators' side of reviews: the queue, decisions one by one or in bulk, deletion and erasure. */
@Path("/reviews")
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MODERATOR_NAME) // and admins: e-mail addresses and erasure are not the newsroom's business
@SecurityRequirement(name = Caller.BEARER)
public class ModerationResource {
    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String NO_STORE = "private, no-store";

    private final ReviewService service;
    private final HttpCaching caching;
    private final Caller caller;

    public ModerationResource(ReviewService service, HttpCaching caching, Caller caller) {
        this.service = service;
        this.caching = caching;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List reviews for moderation", description = "Oldest first, with keyset pagination; "
            + "`status=pending` is the moderation queue. Without filters, every review of every story.")
    @APIResponse(responseCode = "200", description = "One page of reviews; a Link header points to the next page.",
            headers = @Header(name = "Link", description = "<…>; rel=\"next\" when another page exists", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ModerationPage.class)))
    public Response list(@Context UriInfo uri,
            @Parameter(description = "pending, approved, rejected or spam.",
                    schema = @Schema(enumeration = { "pending", "approved", "rejected", "spam" })) @QueryParam("status") String status,
            @Parameter(description = "Only reviews of this story: id (UUID) or slug.") @QueryParam("article") String article,
            @Parameter(description = "Page size, 1 to 100 (default 20).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        Page<ModerationView> page = service.queue(status(status), Params.blankToNull(article), Cursor.decode(cursor),
                Page.limit(limit), Audience.of(caller));
        Response.ResponseBuilder response = Response.ok(page).header(HttpHeaders.CACHE_CONTROL, NO_STORE);
        if (page.next() != null) {
            response.header("Link", HttpCaching.nextLink(uri, page.next()));
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a review for moderation", description = "With its e-mail address and every status "
            + "change. The ETag is the If-Match value for a decision.")
    @APIResponse(responseCode = "200", description = "The review.",
            content = @Content(schema = @Schema(implementation = ModerationView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such review.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@Context Request request, @Parameter(description = "Review id.") @PathParam("id") String id) {
        ModerationView review = service.find(reviewId(id)).orElseThrow(() -> notFound(id));
        return caching.ok(request, review, MediaType.APPLICATION_JSON_TYPE, review.updatedAt(), review.version(), true);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, MERGE_PATCH })
    @Operation(summary = "Decide on a review", description = "Sets the status (approve, reject, mark as spam, or "
            + "back to pending) with an optional note; each change is kept in the review's history. Needs If-Match "
            + "with the review's ETag, so two moderators cannot overwrite each other's decision.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ModerationInput.class),
            examples = @ExampleObject(name = "approve", value = "{\"status\": \"approved\", \"note\": \"On topic.\"}")))
    @APIResponse(responseCode = "200", description = "The review after the decision, with its new ETag.",
            content = @Content(schema = @Schema(implementation = ModerationView.class)))
    @APIResponse(responseCode = "404", description = "No such review.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match is stale: someone decided first.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match is missing.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response moderate(@Parameter(description = "Review id.") @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ModerationInput input) {
        ModerationView review = service.moderate(reviewId(id), input, Precondition.ifMatch(ifMatch, true), caller.name());
        return Response.ok(review).tag(caching.tagFor(review, review.version()))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @POST
    @Path("/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide on many reviews", description = "One status and note for up to 100 reviews, in one "
            + "transaction: every review changes, or none does. Each change is kept in that review's history.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BulkModerationInput.class),
            examples = @ExampleObject(name = "spam", value = "{\"ids\": [\"0b7f3c1e-6a55-4f3e-9a43-1c2d3e4f5a6b\"], "
                    + "\"status\": \"spam\", \"note\": \"Link farm.\"}")))
    @APIResponse(responseCode = "200", description = "The reviews after the change.",
            content = @Content(schema = @Schema(implementation = BulkModerationInput.Result.class)))
    @APIResponse(responseCode = "412", description = "Another moderator changed one of the reviews at the same time; "
            + "nothing was changed.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response moderateAll(BulkModerationInput input) {
        List<ModerationView> items = service.moderateAll(input, caller.name());
        return Response.ok(new BulkModerationInput.Result(items)).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a review", description = "Removes it and its history for good. If-Match is checked "
            + "when sent.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such review.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match is stale.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete(@Parameter(description = "Review id.") @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(reviewId(id), Precondition.ifMatch(ifMatch, false), caller.name());
        return Response.noContent().build();
    }

    @POST
    @Path("/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase a reader's reviews", description = "Deletes every review submitted with the e-mail "
            + "address, whatever its status, with its history. The address goes in the body so that it stays out of "
            + "URLs and access logs. Erasing an address with no reviews erases nothing and succeeds.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ErasureInput.class),
            examples = @ExampleObject(name = "erasure", value = "{\"email\": \"reader@example.org\"}")))
    @APIResponse(responseCode = "200", description = "How many reviews were erased.",
            content = @Content(schema = @Schema(implementation = ErasureInput.Result.class)))
    public Response erase(ErasureInput input) {
        return Response.ok(new ErasureInput.Result(service.erase(input, caller.name())))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    private static ReviewStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return ReviewStatus.parse(status).orElseThrow(() -> ProblemException.invalid(
                FieldError.parameter("status", "must be pending, approved, rejected or spam")));
    }



    private static UUID reviewId(String id) {
        return Params.idOr404(id, "No review with id '" + id + "'.");
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("No review with id '" + id + "'.");
    }

    @Schema(name = "ModeratedReviewPage")
    record ModerationPage(@Schema(required = true) List<ModerationView> items,
            @Schema(required = true, nullable = true) String next) {
    }
}
