package io.newsdesk.teaser;

import java.time.Clock;
import io.newsdesk.article.ArticleResource;
import io.newsdesk.common.Time;
import io.newsdesk.common.HttpCaching;
import io.newsdesk.common.Page;
import io.newsdesk.common.security.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/search")
@Tag(name = "Search", description = "Full-text search over published stories.")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    private final Clock clock;
    private final SearchService service;
    private final HttpCaching caching;
    private final Caller caller;

    public SearchResource(SearchService service, HttpCaching caching, Caller caller, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.caching = caching;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Search stories", description = "Published stories matching `q`, most relevant first (a match "
            + "in the headline counts most, then standfirst and teaser, then the body), ties newest first. `q` takes "
            + "words (all must occur), \"quoted phrases\", `-word` or `-\"phrase\"` to exclude, and `or` between "
            + "alternatives. English and Russian stories match other forms of a word (votes, voting); other languages "
            + "match word for word. Keyset pagination: the `next` cursor belongs to this query and these filters.")
    @APIResponse(responseCode = "200", description = "One page of results; a Link header points to the next page.",
            headers = @Header(name = "Link", description = "<…>; rel=\"next\" when another page exists", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public Response search(@Context UriInfo uri, @Context Request request,
            @Parameter(description = "What to look for, 1 to 200 characters.", required = true,
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = SearchQuery.MAX_LENGTH),
                    example = "\"emergency budget\" -transport") @QueryParam("q") String q,
            @Parameter(description = "Only stories in this section (slug).") @QueryParam("section") String section,
            @Parameter(description = "Only stories in this BCP 47 language.") @QueryParam("lang") String lang,
            @Parameter(description = "Published at or after this RFC 3339 time.") @QueryParam("since") String since,
            @Parameter(description = "Published before this RFC 3339 time.") @QueryParam("until") String until,
            @Parameter(description = "Page size, 1 to 100 (default 20).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `next` value of the previous page.") @QueryParam("cursor") String cursor) {
        SearchQuery query = SearchQuery.parse(q);
        SearchEngine.Scope scope = new SearchEngine.Scope(SectionResource.slug(section), ArticleResource.language(lang),
                ArticleResource.time("since", since), ArticleResource.time("until", until), caller.sections().orElse(null),
                Time.now(clock));
        Page<SearchHit> page = service.search(query, scope, cursor, Page.limit(limit));
        return caching.okPage(request, uri, page, null, caller.authenticated());
    }

    @Schema(name = "SearchPage")
    record SearchPage(@Schema(required = true) List<SearchHit> items,
            @Schema(required = true, nullable = true) String next) {
    }
}
