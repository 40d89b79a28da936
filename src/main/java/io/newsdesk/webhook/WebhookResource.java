package io.newsdesk.webhook;

import io.newsdesk.common.Problem;
import io.newsdesk.common.Params;
import io.newsdesk.common.security.Caller;
import io.newsdesk.common.HttpCaching;
import io.newsdesk.common.Page;
import io.newsdesk.common.ProblemException;
import io.newsdesk.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/webhooks")
@Tag(name = "Syndication")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = Caller.BEARER)
public class WebhookResource {
    private static final String EXAMPLE = """
            {"url": "https://hooks.harbour-gazette.example/newsdesk", "events": ["article.published", "article.updated",
             "article.unpublished", "article.deleted"], "sections": ["politics"], "description": "Harbour Gazette"}""";
    private static final String NO_STORE = "private, no-store";

    private final WebhookService service;

    public WebhookResource(WebhookService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook", description = "Changes of public stories are POSTed to the URL as "
            + "Standard Webhooks: `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC-SHA256 of "
            + "id.timestamp.body>`. Failed deliveries are retried with exponential backoff; a story's events arrive "
            + "in order. The answer carries the signing secret, shown only this once.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookInput.class),
            examples = @ExampleObject(name = "partner", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered, with the secret.",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response create(@Context UriInfo uri, WebhookInput input) {
        WebhookView webhook = service.create(input);
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, HttpCaching.location(uri, WebhookResource.class, webhook.id().toString()))
                .entity(webhook).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @Operation(summary = "List webhooks", description = "Active subscriptions, newest first, without secrets.")
    @APIResponse(responseCode = "200", description = "The webhooks.",
            content = @Content(schema = @Schema(implementation = WebhookList.class)))
    public Response list() {
        return Response.ok(new WebhookList(service.list(), null)).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a webhook", description = "One active subscription, without its secret.")
    @APIResponse(responseCode = "200", description = "The webhook.",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@PathParam("id") String id) {
        return Response.ok(service.get(uuid(id))).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook", description = "Nothing more is sent; pending deliveries are cancelled.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such webhook.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete(@PathParam("id") String id) {
        service.delete(uuid(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "List a webhook's deliveries", description = "Newest first, each with its attempts: when, "
            + "the receiver's status, and why it failed.")
    @APIResponse(responseCode = "200", description = "One page of deliveries.",
            content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "404", description = "No such webhook.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response deliveries(@Context UriInfo uri, @PathParam("id") String id,
            @Parameter(description = "Page size, 1 to 100 (default 20).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        Page<DeliveryView> page = service.deliveries(uuid(id), cursor, Page.limit(limit));
        Response.ResponseBuilder response = Response.ok(page).header(HttpHeaders.CACHE_CONTROL, NO_STORE);
        if (page.next() != null) {
            response.header("Link", HttpCaching.nextLink(uri, page.next()));
        }
        return response.build();
    }

    @POST
    @Path("/{id}/deliveries/{delivery}/replay")
    @Operation(summary = "Replay a delivery", description = "Sends a delivered or failed event again, with the same "
            + "webhook-id, as soon as the dispatcher runs; later events of the same story wait for it.")
    @APIResponse(responseCode = "202", description = "Queued again.",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook or delivery.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The delivery is still pending.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response replay(@PathParam("id") String id, @PathParam("delivery") String delivery) {
        return Response.accepted(service.replay(uuid(id), uuid(delivery))).header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    private static UUID uuid(String id) {
        return Params.idOr404(id, "No webhook or delivery with id '" + id + "'.");
    }

    @Schema(name = "WebhookList")
    record WebhookList(@Schema(required = true) List<WebhookView> items,
            @Schema(required = true, nullable = true) String next) {
    }

    @Schema(name = "DeliveryPage")
    record DeliveryPage(@Schema(required = true) List<DeliveryView> items,
            @Schema(required = true, nullable = true) String next) {
    }
}
