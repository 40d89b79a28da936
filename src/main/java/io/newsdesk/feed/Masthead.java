package io.newsdesk.feed;

import io.newsdesk.article.ArticleView;
import io.newsdesk.common.NewsdeskConfig;
import java.net.URI;

/**
 * Who publishes, on what terms, and where: what every syndication format says besides the story.
 * Links in feeds and documents must be absolute: the API's own origin comes from configuration
 * ({@code newsdesk.public-base-url}), never from the request's {@code Host} header.
 *
 * @param origin the configured public address, e.g. {@code https://api.example.org}
 * @param siteUrl the public site, or null when none is configured
 */
record Masthead(String publisher, String publisherUrl, String logo, String copyrightHolder,
        String copyrightNotice, String usageTerms, String origin, String siteUrl) {

    public static Masthead of(SyndicationConfig syndication, NewsdeskConfig newsdesk) {
        String site = newsdesk.siteUrl().map(Masthead::trimSlash).orElse(null);
        String publisher = syndication.publisher().name();
        return new Masthead(publisher, syndication.publisher().url().orElse(site),
                syndication.publisher().logo().orElse(null), syndication.copyrightHolder().orElse(publisher),
                syndication.copyrightNotice().orElse(null), syndication.usageTerms(),
                trimSlash(newsdesk.publicBaseUrl()), site);
    }

    /** The story's absolute API address. */
    public String apiUrl(ArticleView story) {
        return origin + story.links().self();
    }

    /** Where a reader sees the story: its page on the site when there is one, else its API address. */
    public String pageUrl(ArticleView story) {
        return story.links().html() != null ? story.links().html() : apiUrl(story);
    }

    /** An absolute address of an API path such as {@code /api/v1/feeds/all.json}. */
    public String api(String path) {
        return origin + path;
    }

    private static String trimSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
