package io.newsdesk.transfer;

import io.newsdesk.article.WriteScope;
import io.newsdesk.common.security.Caller;
import io.newsdesk.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/export")
@Tag(name = "Transfer")
@RolesAllowed(Role.EDITOR_NAME)
@SecurityRequirement(name = Caller.BEARER)
public class ExportResource {
    private final Exporter exporter;
    private final WriteScope scope;

    ExportResource(Exporter exporter, WriteScope scope) {
        this.exporter = exporter;
        this.scope = scope;
    }

    @GET
    @Produces(ImportResource.NDJSON)
    @Operation(summary = "Export every story", description = "Every story that is not deleted, drafts included (of its own sections only for a key limited to some), "
            + "one per line in id order, with its state and quotes: what `POST /import` takes back.")
    @APIResponse(responseCode = "200", description = "One story per line.",
            content = @Content(mediaType = ImportResource.NDJSON, schema = @Schema(implementation = StoryLine.class)))
    public Response export() {
        // Taken now: the lines are written after the request's scope has ended.
        Optional<Set<String>> sections = scope.sections();
        StreamingOutput lines = out -> exporter.write(out, sections);
        return Response.ok(lines, ImportResource.NDJSON).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }
}
