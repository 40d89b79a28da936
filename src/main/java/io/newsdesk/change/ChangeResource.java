package io.newsdesk.change;

import io.newsdesk.common.Problem;
import io.newsdesk.article.Audience;

import io.newsdesk.common.security.Caller;
import io.newsdesk.common.Page;
import io.newsdesk.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/changes")
@Tag(name = "Syndication", description = "The change feed and webhooks partners stay in sync with.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PARTNER_NAME)
@SecurityRequirement(name = Caller.BEARER)
public class ChangeResource {
    private final ChangeLog changes;
    private final Caller caller;

    public ChangeResource(ChangeLog changes, Caller caller) {
        this.changes = changes;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Read the change feed", description = "Every create, update, publish, unpublish and delete, "
            + "in commit order, after a cursor. Save `next` and poll with it: no change is ever missed or repeated, "
            + "whatever writes run at the same time. Partners see the changes of stories readers could see (a story "
            + "that appears to them as `published`, one that disappears as `unpublished` or `deleted`), limited to "
            + "their key's sections; editors see every change.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor, oldest first.",
            headers = @Header(name = "Link", description = "<…>; rel=\"next\" when more entries wait",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "410", description = "The cursor is older than the retention: entries after it "
            + "were removed. Resync, then continue from after=latest.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Context UriInfo uri,
            @Parameter(description = "The `next` of a previous answer; `latest` for the current end of the log "
                    + "(no items, only a cursor); absent for the oldest retained change.") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1 to 100 (default 20).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit) {
        ChangePage page = changes.read(after, Page.limit(limit), Audience.of(caller));
        Response.ResponseBuilder response = Response.ok(page).header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (page.more()) {
            response.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("after", page.next()).build()
                    + ">; rel=\"next\"");
        }
        return response.build();
    }
}
