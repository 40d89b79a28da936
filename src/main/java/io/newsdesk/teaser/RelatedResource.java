package io.newsdesk.teaser;

import io.newsdesk.common.Problem;
import io.newsdesk.common.Params;
import io.newsdesk.article.Audience;

import io.newsdesk.article.Teasers;
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
import java.util.List;
import java.util.Locale;
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

@Path("/articles/{article}/related")
@Tag(name = "Related", description = "The related-stories box under a story: editors' picks and automatic matches.")
@Produces(MediaType.APPLICATION_JSON)
public class RelatedResource {
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;

    private final RelatedService service;
    private final HttpCaching caching;
    private final Caller caller;

    public RelatedResource(RelatedService service, HttpCaching caching, Caller caller) {
        this.service = service;
        this.caching = caching;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List related stories", description = "Teasers of published stories related to this one, "
            + "each with its reason: the editor's picks first, in the editor's order, then automatic matches ranked by "
            + "shared tags and speakers, similar text, the same section and recency. Never the story itself, never "
            + "twice, never a story readers cannot see; only the story's own language unless `lang` or `anyLanguage` "
            + "says otherwise.")
    @APIResponse(responseCode = "200", description = "The related stories, on one page.",
            content = @Content(schema = @Schema(implementation = RelatedPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such story, or not published.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "Editors only: the story was deleted.",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response list(@Context Request request,
            @Parameter(description = "Article id (UUID) or slug.") @PathParam("article") String key,
            @Parameter(description = "Related stories in this BCP 47 language instead of the story's own (also "
                    + "picks the story when its slug exists in several languages).") @QueryParam("lang") String lang,
            @Parameter(description = "true: related stories in any language.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("anyLanguage") String anyLanguage,
            @Parameter(description = "How many, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20", defaultValue = "5")) @QueryParam("limit") String limit) {
        RelatedService.Request ask = new RelatedService.Request(key, ArticleResource.language(lang), flag(anyLanguage),
                Page.limit(limit, DEFAULT_LIMIT, MAX_LIMIT), Audience.of(caller));
        RelatedPage page = new RelatedPage(service.related(ask), null);
        return caching.ok(request, page, MediaType.APPLICATION_JSON_TYPE, null, null, caller.authenticated());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @SecurityRequirement(name = Caller.BEARER)
    @Operation(summary = "Pick related stories", description = "Replaces the editor's picks for this story with an "
            + "ordered list of up to 20 story ids: each another existing story, named once. Picks that are not "
            + "published are kept but shown only once they are.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RelatedPicks.class),
            examples = @ExampleObject(name = "two picks",
                    value = "{\"ids\": [\"6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b\", \"0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d\"]}")))
    @APIResponse(responseCode = "200", description = "The picks as saved.",
            content = @Content(schema = @Schema(implementation = RelatedPicks.class)))
    @APIResponse(responseCode = "404", description = "No such story.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "The story was deleted.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Another editor replaced the picks at the same time; nothing was saved.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response pick(@Parameter(description = "Article id (UUID).") @PathParam("article") String id,
            RelatedPicks picks) {
        UUID article = parseId(id);
        return Response.ok(service.replacePicks(article, picks)).header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    private static UUID parseId(String id) {
        return Params.idOr404(id, "No article with id '" + id + "'; writes address stories by id.");
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(FieldError.parameter("anyLanguage", "must be true or false"));
        };
    }

    @Schema(name = "RelatedPage")
    record RelatedPage(@Schema(required = true) List<RelatedTeaser> items,
            @Schema(required = true, nullable = true, description = "Always null: related stories come on one page.") String next) {
    }
}
