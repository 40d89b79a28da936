package io.newsdesk.feed;

import io.newsdesk.article.ArticleResource;
import io.newsdesk.article.ArticleView;
import io.newsdesk.common.Cursor;
import io.newsdesk.common.HttpCaching;
import io.newsdesk.common.cache.SurrogateKeys;
import io.newsdesk.common.Page;
import io.newsdesk.common.Problem;
import io.newsdesk.common.security.Caller;
import io.newsdesk.article.Section;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Feeds of the newest public stories, of all sections ({@code all}) or of one, as JSON Feed 1.1, RSS 2.0
 * and Atom. The extension in the path chooses the format, so Accept is not negotiated here: feed readers
 * send all sorts (application/xml, text/xml, *}{@code /*) and should still get the feed they asked for.
 */
@Path("/feeds")
@Tag(name = "Feeds", description = "The newest public stories as JSON Feed 1.1, RSS 2.0 and Atom, for syndication.")
public class FeedResource {
    /** The feed of every section; no section is called this. */
    static final String ALL = "all";

    private final SyndicationService syndication;
    private final HttpCaching caching;
    private final Caller caller;
    private final SyndicationConfig config;

    public FeedResource(SyndicationService syndication, HttpCaching caching, Caller caller, SyndicationConfig config) {
        this.syndication = syndication;
        this.caching = caching;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Path("/{feed}.json")
    @Produces({ JsonFeedWriter.MEDIA_TYPE, MediaType.WILDCARD })
    @Operation(summary = "JSON Feed", description = "The newest public stories, 50 by default, as JSON Feed 1.1; "
            + "`next_url` points to older ones.")
    @APIResponse(responseCode = "200", description = "One page of the feed.", headers = @Header(name = "Link",
            description = "<…>; rel=\"next\" when older stories exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JsonFeedWriter.MEDIA_TYPE, schema = @Schema(implementation = JsonFeed.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match or If-Modified-Since.")
    @APIResponse(responseCode = "404", description = "No such section.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response json(@BeanParam FeedQuery query) {
        return answer(query, JsonFeedWriter::write, JsonFeedWriter.MEDIA_TYPE);
    }

    @GET
    @Path("/{feed}.rss")
    @Produces({ FeedXmlWriter.RSS, MediaType.WILDCARD })
    @Operation(summary = "RSS feed", description = "The newest public stories, 50 by default, as RSS 2.0; an "
            + "`atom:link rel=\"next\"` points to older ones.")
    @APIResponse(responseCode = "200", description = "One page of the feed.", headers = @Header(name = "Link",
            description = "<…>; rel=\"next\" when older stories exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = FeedXmlWriter.RSS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match or If-Modified-Since.")
    @APIResponse(responseCode = "404", description = "No such section.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rss(@BeanParam FeedQuery query) {
        return answer(query, FeedXmlWriter::rss, FeedXmlWriter.RSS);
    }

    @GET
    @Path("/{feed}.atom")
    @Produces({ FeedXmlWriter.ATOM, MediaType.WILDCARD })
    @Operation(summary = "Atom feed", description = "The newest public stories, 50 by default, as Atom 1.0; a "
            + "`link rel=\"next\"` points to older ones.")
    @APIResponse(responseCode = "200", description = "One page of the feed.", headers = @Header(name = "Link",
            description = "<…>; rel=\"next\" when older stories exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = FeedXmlWriter.ATOM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match or If-Modified-Since.")
    @APIResponse(responseCode = "404", description = "No such section.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response atom(@BeanParam FeedQuery query) {
        return answer(query, FeedXmlWriter::atom, FeedXmlWriter.ATOM);
    }

    private Response answer(FeedQuery query, Function<Feed, Object> writer, String type) {
        String section = ALL.equalsIgnoreCase(query.feed()) ? null : query.feed().toLowerCase(Locale.ROOT);
        int size = query.limit() == null || query.limit().isBlank() ? config.feedSize() : Page.limit(query.limit());
        SyndicationService.FeedPage page = syndication.feed(section, ArticleResource.language(query.lang()),
                Cursor.decode(query.cursor()), size);
        Object body = writer.apply(feed(query.uri(), page));
        MediaType mediaType = body instanceof String ? MediaType.valueOf(type).withCharset("UTF-8")
                : MediaType.valueOf(type);
        Response response = caching.ok(query.request(), body, mediaType, page.updated(), null, caller.authenticated(),
                SurrogateKeys.list(section == null ? SurrogateKeys.LISTS : SurrogateKeys.section(section),
                        page.stories().items().stream().map(ArticleView::id).toList()));
        String next = page.stories().next();
        return next == null ? response
                : Response.fromResponse(response).header("Link", HttpCaching.nextLink(query.uri(), next)).build();
    }

    private Feed feed(UriInfo uri, SyndicationService.FeedPage page) {
        String language = page.language();
        Masthead masthead = syndication.masthead();
        Section section = page.section();
        String scope = section == null ? "all stories" : section.name;
        String title = masthead.publisher() + ": " + scope + (language == null ? "" : " (" + language + ")");
        String description = section != null && section.description != null ? section.description
                : "The latest stories from " + masthead.publisher() + ".";
        String home = masthead.siteUrl() == null ? null
                : section == null ? masthead.siteUrl() : masthead.siteUrl() + "/" + section.slug;
        String first = caching.publicUrl(uri.getRequestUriBuilder().replaceQueryParam("cursor").build());
        Page<ArticleView> stories = page.stories();
        String next = stories.next() == null ? null
                : caching.publicUrl(uri.getRequestUriBuilder().replaceQueryParam("cursor", stories.next()).build());
        return new Feed(feedId(masthead, section, language), title, description, home, first,
                caching.publicUrl(uri.getRequestUri()), next, language, page.updated(), stories.items(), masthead);
    }

    /** The same identifier whatever page, host or format: publisher, section and language name the feed. */
    private static String feedId(Masthead masthead, Section section, String language) {
        String name = "feed|" + masthead.publisher() + "|" + (section == null ? ALL : section.slug) + "|"
                + (language == null ? "" : language);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
