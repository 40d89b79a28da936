package io.newsdesk.feed;

import io.newsdesk.article.ArticleView;
import java.time.Instant;
import java.util.List;

/**
 * One page of a feed, before it is written in a format.
 *
 * @param id a stable identifier of the feed (not of the page)
 * @param homeUrl the site page the feed mirrors; null without a configured site
 * @param feedUrl the feed's own absolute address, first page
 * @param selfUrl this page's absolute address
 * @param nextUrl the next page's absolute address; null on the last page
 * @param language the language the feed is limited to; null for all
 * @param updated when anything in the feed last changed
 */
public record Feed(String id, String title, String description, String homeUrl, String feedUrl, String selfUrl,
        String nextUrl, String language, Instant updated, List<ArticleView> stories, Masthead masthead) {
}
