package io.newsdesk.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.article.WriteScope;
import io.newsdesk.common.security.Caller;
import io.newsdesk.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/import")
@Tag(name = "Transfer", description = "Bulk import and export of stories as NDJSON (editors).")
@RolesAllowed(Role.EDITOR_NAME)
@SecurityRequirement(name = Caller.BEARER)
public class ImportResource {
    static final String NDJSON = "application/x-ndjson";

    private final Importer importer;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final WriteScope scope;

    ImportResource(Importer importer, Caller caller, ObjectMapper mapper, WriteScope scope) {
        this.scope = scope;
        this.importer = importer;
        this.caller = caller;
        this.mapper = mapper;
    }

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(summary = "Import stories", description = "One story per line (the shape `GET /export` writes), "
            + "matched by id, else by slug and language: created, updated, or unchanged when it already says "
            + "the same. The answer streams one result per line in input order; a refused line is a problem "
            + "in its result and nothing of it is saved, and it never stops the lines after it.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON, schema = @Schema(implementation = StoryLine.class)))
    @APIResponse(responseCode = "200", description = "One result per non-blank input line.",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ImportResult.class)))
    public Response importStories(InputStream body) {
        String by = caller.name();
        // The lines are read while the answer streams, maybe after the request's own context ended.
        var limit = scope.sections();
        StreamingOutput results = out -> {
            BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            scope.within(limit, () -> {
                try {
                    importer.run(in, batch -> write(out, batch), by);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
        return Response.ok(results, NDJSON).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private void write(OutputStream out, List<ImportResult> batch) {
        try {
            for (ImportResult result : batch) {
                out.write(mapper.writeValueAsBytes(result));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
