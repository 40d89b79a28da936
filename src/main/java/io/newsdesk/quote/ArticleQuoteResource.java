package io.newsdesk.quote;

import io.newsdesk.common.Problem;
import java.time.Clock;
import io.newsdesk.common.Params;
import io.newsdesk.common.security.Caller;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleResource;
import io.newsdesk.common.FieldError;
import io.newsdesk.common.HttpCaching;
import io.newsdesk.common.Page;
import io.newsdesk.common.ProblemException;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The quotes of one story: listed in body order, created, and found by extraction. */
@Path("/articles/{article}/quotes")
@Tag(name = "Quotes")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleQuoteResource {
    private final Clock clock;
    private final QuoteService service;
    private final HttpCaching caching;
    private final Caller caller;

    public ArticleQuoteResource(QuoteService service, HttpCaching caching, Caller caller, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.caching = caching;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List a story's quotes", description = "In body order. Readers see the quotes of published "
            + "stories; editors also see drafts' quotes and orphaned quotes (`orphaned: true`: an edit of the body "
            + "removed their words), which `orphaned=true` lists alone.")
    @APIResponse(responseCode = "200", description = "The story's quotes, all on one page.",
            content = @Content(schema = @Schema(implementation = QuoteResource.QuotePage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such story, or not published.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "Editors only: the story was deleted.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Context Request request,
            @Parameter(description = "Article id (UUID) or slug.") @PathParam("article") String key,
            @Parameter(description = "Language of the slug, when the slug exists in several.") @QueryParam("lang") String lang,
            @Parameter(description = "true: only orphaned quotes; false: only quotes whose words are in the body.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
            @QueryParam("orphaned") String orphaned) {
        List<QuoteView> quotes = service.ofArticle(key, ArticleResource.language(lang), Viewer.of(caller, clock),
                flag("orphaned", orphaned))
                .orElseThrow(() -> ProblemException.notFound("No published article '" + key + "'."));
        return caching.ok(request, new Page<>(quotes, null), MediaType.APPLICATION_JSON_TYPE,
                null, null, caller.authenticated());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Create a quote", description = "The text must occur in the story's body, exactly as the "
            + "body prints it; the quote records where. The speaker is found by name and organisation (case and "
            + "accents do not matter) or created.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = QuoteInput.class),
            examples = @ExampleObject(name = "quote", value = QuoteResource.EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name the new quote.",
            content = @Content(schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "404", description = "No such story.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Those words at that place are already a quote.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "The story was deleted.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The text does not occur in the story's body.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@Context UriInfo uri, @Parameter(description = "Article id (UUID).") @PathParam("article") String id,
            QuoteInput input) {
        QuoteView quote = service.create(articleId(id), input);
        return QuoteResource.written(caching, Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, HttpCaching.location(uri, QuoteResource.class, quote.id().toString())), quote);
    }

    @POST
    @Path("/extract")
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Extract quotes from a story", description = "Finds quoted statements and scare quotes in "
            + "the body with the speakers the text attributes them to. Saves nothing unless `save=true`; then the "
            + "candidates attributed to a named person or group are saved as quotes, once: a place that already "
            + "has a quote keeps it, and each candidate carries the quote's id.")
    @APIResponse(responseCode = "200", description = "The candidates in body order.",
            content = @Content(schema = @Schema(implementation = Extraction.class)))
    @APIResponse(responseCode = "404", description = "No such story.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "The story was deleted.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response extract(@Parameter(description = "Article id (UUID).") @PathParam("article") String id,
            @Parameter(description = "true saves the attributed candidates as quotes.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
            @QueryParam("save") String save) {
        Extraction extraction = service.extract(articleId(id), Boolean.TRUE.equals(flag("save", save)));
        return Response.ok(extraction).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    private static UUID articleId(String id) {
        return Params.idOr404(id, "No article with id '" + id + "'; writes address stories by id.");
    }

    private static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(FieldError.parameter(name, "must be true or false"));
        };
    }
}
